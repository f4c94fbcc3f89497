using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace Nexus.Cli.Tests;

/// <summary>
/// The same commands against a PostgreSQL store named by a postgres:// URI. The server comes from
/// NEXUS_TEST_POSTGRES, which scripts/test.sh sets; without it the test fails, never passes silently.
/// </summary>
public sealed class PostgresStoreCommandTests : IAsyncLifetime
{
    private readonly string _database = "nexus_cli_" + Guid.NewGuid().ToString("N");
    private NpgsqlConnectionStringBuilder? _server;

    public async Task InitializeAsync()
    {
        var connection = Environment.GetEnvironmentVariable("NEXUS_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException("NEXUS_TEST_POSTGRES is not set: run scripts/test.sh, which starts a PostgreSQL server.");
        }
        _server = new NpgsqlConnectionStringBuilder(connection) { Pooling = false };
        await ExecuteAsync($"CREATE DATABASE {_database}");
    }

    [Fact]
    public async Task IngestAndShowWorkOnAPostgresUri()
    {
        using var temp = new TempFolder();
        var uri = $"postgres://{_server!.Username}@{_server.Host}:{_server.Port}/{_database}";

        var ingest = await NexusProcess.RunAsync(temp.Path, "ingest", Path.Combine(RepoPaths.Root, "examples"), "--store", uri);
        var again = await NexusProcess.RunAsync(temp.Path, "ingest", Path.Combine(RepoPaths.Root, "examples"), "--store", uri, "--format", "json");
        var show = await NexusProcess.RunAsync(temp.Path, "show", "Ag Moussa", "--store", uri);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("\"added\": 0", again.Out, StringComparison.Ordinal);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("Hamadou Ag Moussa", show.Out, StringComparison.Ordinal);
        Assert.Contains("—arrested", show.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "nexus.db")));
    }

    public async Task DisposeAsync() => await ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");

    [SuppressMessage("Security", "CA2100", Justification = "DDL naming a database this test generated; no outside input.")]
    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
