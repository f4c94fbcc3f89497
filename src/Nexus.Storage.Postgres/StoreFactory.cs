using Nexus.Storage.Sqlite;

namespace Nexus.Storage.Postgres;

/// <summary>
/// Opens the store a <c>--store</c> value (or <c>NEXUS_STORE</c>) names: a PostgreSQL URI or Npgsql
/// connection string opens <see cref="PostgresStore"/>, anything else is a SQLite file path. It lives
/// here, beside the one backend that needs Npgsql, so that Nexus.Storage stays free of it; callers
/// that only ever want a file can use <see cref="SqliteStore.OpenAsync"/> directly.
/// </summary>
public static class StoreFactory
{
    /// <summary>Opens <paramref name="store"/>, or <c>./nexus.db</c> when it is null or blank.</summary>
    public static async Task<INexusStore> OpenAsync(string? store, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(store) ? await SqliteStore.OpenAsync(SqliteStore.DefaultPath, time, cancellationToken)
        : PostgresLocation.IsPostgres(store) ? await PostgresStore.OpenAsync(store, time, cancellationToken)
        : await SqliteStore.OpenAsync(store, time, cancellationToken);

    /// <summary>Where <paramref name="store"/> points, fit for a status line: a full file path or a server and database without the password.</summary>
    public static string Describe(string? store) =>
        string.IsNullOrWhiteSpace(store) ? Path.GetFullPath(SqliteStore.DefaultPath)
        : PostgresLocation.IsPostgres(store) ? PostgresLocation.Describe(PostgresLocation.Parse(store))
        : Path.GetFullPath(store);
}
