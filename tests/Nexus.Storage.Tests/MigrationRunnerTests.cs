using Microsoft.Data.Sqlite;
using Nexus.Storage.Relational;

namespace Nexus.Storage.Tests;

/// <summary>The runner with made-up migrations, on a real SQLite file: all of an upgrade or none of it.</summary>
public sealed class MigrationRunnerTests : IDisposable
{
    private static readonly Migration First = new(1, "0001_first", "CREATE TABLE first (id INTEGER PRIMARY KEY)");
    private static readonly Migration Second = new(2, "0002_second", "CREATE TABLE second (id INTEGER PRIMARY KEY); INSERT INTO first (id) VALUES (1)");
    private static readonly Migration BrokenSecond = new(2, "0002_broken", "CREATE TABLE second (id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1)");

    private readonly string folder = Directory.CreateTempSubdirectory("nexus-migrations-").FullName;

    [Fact]
    public async Task OlderStoreIsUpgradedStepByStep()
    {
        await using var connection = await OpenAsync();

        Assert.Equal(1, await MigrateAsync(connection, First));
        Assert.Equal(2, await MigrateAsync(connection, First, Second));
        Assert.Equal(2, await MigrateAsync(connection, First, Second));

        Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM first"));
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task FailingMigrationLeavesTheStoreAsItWas()
    {
        await using var connection = await OpenAsync();

        await Assert.ThrowsAsync<SqliteException>(() => MigrateAsync(connection, First, BrokenSecond));

        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('first', 'second', 'schema_version')"));
    }

    [Fact]
    public async Task NewerStoreIsRefusedAndLeftAlone()
    {
        await using var connection = await OpenAsync();
        await MigrateAsync(connection, First, Second);

        var error = await Assert.ThrowsAsync<StoreException>(() => MigrateAsync(connection, First));

        Assert.Equal("The store test.db has schema version 2, newer than version 1 that this Nexus understands; open it with a newer Nexus.", error.Message);
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void EmbeddedMigrationsAreNumberedFromOne()
    {
        var migrations = Migration.Embedded(typeof(Sqlite.SqliteStore).Assembly, "Nexus.Storage.Sqlite.Migrations.");

        Assert.Equal(Enumerable.Range(1, migrations.Length), migrations.Select(m => m.Version));
        Assert.Equal("0001_initial", migrations[0].Name);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static Task<int> MigrateAsync(SqliteConnection connection, params Migration[] migrations) =>
        MigrationRunner.MigrateAsync(connection, [.. migrations], "test.db", null, FixedTime.Default, CancellationToken.None);

    private static async Task<object?> ScalarAsync(SqliteConnection connection, [System.Diagnostics.CodeAnalysis.ConstantExpected] string sql)
    {
        await using var command = connection.Command(sql);
        return await command.ExecuteScalarAsync();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "test.db")}");
        await connection.OpenAsync();
        return connection;
    }
}
