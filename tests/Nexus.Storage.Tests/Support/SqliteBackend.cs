using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Nexus.Storage.Relational;
using Nexus.Storage.Sqlite;

namespace Nexus.Storage.Tests.Support;

/// <summary>A fresh SQLite file per store, in a folder of this test class that is removed at the end.</summary>
public sealed class SqliteBackend : IStoreBackend, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "nexus-store-tests-" + Guid.NewGuid().ToString("N"));
    private int count;

    public SqliteBackend() => Directory.CreateDirectory(folder);

    public int SchemaVersion => SqliteStore.SchemaVersion;

    /// <summary>An empty file, as a user might create before pointing Nexus at it.</summary>
    public Task<string> NewLocationAsync()
    {
        var path = Path.Combine(folder, $"store{Interlocked.Increment(ref count)}.db");
        File.WriteAllBytes(path, []);
        return Task.FromResult(path);
    }

    public async Task<INexusStore> OpenAsync(string location, TimeProvider time) => await SqliteStore.OpenAsync(location, time);

    public async Task ExecuteAsync(string location, [ConstantExpected] string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={location};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.Command(sql);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
