using System.Diagnostics.CodeAnalysis;
using Nexus.Storage.Postgres;
using Nexus.Storage.Relational;
using Npgsql;

namespace Nexus.Storage.Tests.Support;

/// <summary>
/// A database of its own for one test class, created on the server that <c>NEXUS_TEST_POSTGRES</c>
/// names and dropped afterwards; each store in it is a fresh schema. Without the variable every test
/// of the class fails, saying so: a missing server must never look like a pass.
/// </summary>
public sealed class PostgresBackend : IStoreBackend, IAsyncLifetime
{
    public const string Variable = "NEXUS_TEST_POSTGRES";

    private readonly string database = "nexus_test_" + Guid.NewGuid().ToString("N");
    private NpgsqlConnectionStringBuilder? server;
    private int count;

    public int SchemaVersion => PostgresStore.SchemaVersion;

    private NpgsqlConnectionStringBuilder Server =>
        server ?? throw new InvalidOperationException("The PostgreSQL test database was not created.");

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL store tests have no server: run scripts/test.sh, which starts one, " +
                $"or export {Variable} as an Npgsql connection string (Host=…;Port=…;Username=…;Database=postgres).");
        }
        server = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await AdministerAsync(server.ConnectionString, $"CREATE DATABASE {database}");
    }

    /// <summary>A new schema in the class's database; the store finds it through the search path.</summary>
    public async Task<string> NewLocationAsync()
    {
        var schema = $"store{Interlocked.Increment(ref count)}";
        var settings = new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = database, Pooling = false };
        await AdministerAsync(settings.ConnectionString, $"CREATE SCHEMA {schema}");
        settings.SearchPath = schema;
        settings.Pooling = true;
        return settings.ConnectionString;
    }

    public async Task<INexusStore> OpenAsync(string location, TimeProvider time) => await PostgresStore.OpenAsync(location, time);

    public async Task ExecuteAsync(string location, [ConstantExpected] string sql)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = connection.Command(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (server is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await AdministerAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }

    [SuppressMessage("Security", "CA2100", Justification = "Database and schema names are made up by this class; identifiers cannot be parameters.")]
    private static async Task AdministerAsync(string connectionString, string statement)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync();
    }
}
