using Microsoft.Data.Sqlite;
using Nexus.Storage.Relational;

namespace Nexus.Storage.Sqlite;

/// <summary>
/// The store in one SQLite file (<c>./nexus.db</c> by default). WAL journal, so readers on any
/// thread never wait for the writer; writes from this process take turns on a semaphore, and other
/// processes wait on SQLite's busy timeout. Every operation takes a connection of its own from a
/// <see cref="ConnectionPool"/>, which keeps the statements each connection has prepared; the file is
/// memory-mapped, so the connections share the operating system's cache of its pages.
/// </summary>
public sealed class SqliteStore : RelationalStore
{
    /// <summary>The file the CLI uses when no store is named.</summary>
    public const string DefaultPath = "nexus.db";

    private const string MigrationPrefix = "Nexus.Storage.Sqlite.Migrations.";

    private const string ConnectionPragmas =
        "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16000; PRAGMA mmap_size = 1073741824";

    /// <summary>Idle connections kept: more than the requests a busy server answers at once.</summary>
    private const int PoolCapacity = 32;

    /// <summary>
    /// One pass of FTS5 finds and ranks every match (<c>bm25</c> adds its own pass for each phrase's
    /// document frequency); the count and the page are read from it, and the page's documents come
    /// with their text, from which <see cref="Snippets"/> cuts the snippets in C#.
    /// </summary>
    private const string Search = """
        WITH hits AS MATERIALIZED (
            SELECT rowid AS seq, bm25(documents_fts, 10.0, 1.0) AS rank
            FROM documents_fts WHERE documents_fts MATCH @query),
        page AS (SELECT seq, rank FROM hits ORDER BY rank, seq LIMIT +@limit OFFSET @offset)
        SELECT c.matching, d.id, d.title, d.text, -p.rank
        FROM (SELECT COUNT(*) AS matching FROM hits) c
        LEFT JOIN page p
        LEFT JOIN documents d ON d.seq = p.seq
        ORDER BY p.rank, p.seq
        """;

    /// <summary>
    /// Names and aliases in an FTS5 trigram index (migration 0004), which answers the ranking's
    /// <c>LIKE '%key%'</c> from the key's trigrams instead of testing every name; a key shorter than
    /// three letters still scans.
    /// </summary>
    private const string FindEntities =
        "WITH names AS (SELECT entity_id, name, alias, name_key FROM entity_names),\n" + CommonSql.RankEntityNames;

    private const string IndexNames =
        "DELETE FROM entity_names; INSERT INTO entity_names (entity_id, name, alias, name_key) " + CommonSql.EntityNames;

    /// <summary>sqlite3_config options: no mutex on each connection, no global count of memory in use.</summary>
    private const int MultiThreadMode = 2;

    private const int MemoryStatus = 9;

    /// <summary>
    /// Set once per process, before SQLite's first connection (afterwards SQLite keeps its defaults).
    /// A connection here serves one operation at a time (<see cref="ConnectionPool"/>), so the serialised
    /// mode's mutex around every call on it — a lock and an unlock for each column read — guards
    /// nothing, and neither does the memory count, which takes a global mutex at every allocation.
    /// </summary>
    private static readonly bool Configured = Configure();

    private readonly ConnectionPool connections;
    private readonly SemaphoreSlim writer = new(1, 1);

    private SqliteStore(string path, string connectionString, TimeProvider time)
        : base(path, time) =>
        connections = new ConnectionPool(connectionString, ConnectionPragmas, PoolCapacity);

    /// <summary>The schema version this code creates and upgrades to.</summary>
    public static int SchemaVersion => Migrations.Length;

    private static ImmutableArray<Migration> Migrations { get; } = Migration.Embedded(typeof(SqliteStore).Assembly, MigrationPrefix);

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file if needed and upgrading an older
    /// schema in one transaction. Throws <see cref="StoreException"/> for a file that is not a Nexus
    /// store or one written by a newer Nexus.
    /// </summary>
    public static async Task<SqliteStore> OpenAsync(string path, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        _ = Configured; // the first store opened sets SQLite up
        var fullPath = Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteStore(fullPath, connectionString, time ?? TimeProvider.System);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await using (var wal = connection.Command("PRAGMA journal_mode = WAL"))
            {
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }
            await MigrationRunner.MigrateAsync(connection, Migrations, fullPath, null, store.Time, cancellationToken);
            return store;
        }
        catch (Exception e) when (e is SqliteException or StoreException)
        {
            await store.DisposeAsync();
            throw e as StoreException ?? new StoreException($"{fullPath} could not be opened as a Nexus store: {e.Message}", e);
        }
    }

    public override async Task<SearchResults> SearchAsync(string query, PageRequest page, CancellationToken cancellationToken)
    {
        if (FtsQuery.Parse(query) is not { } parsed)
        {
            return SearchResults.None;
        }
        var snippets = new Snippets(parsed.Phrases);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(Search).WithText("@query", parsed.Match).Page(page);
        return await ReadSearchAsync(command, r => snippets.Hit(r.GetString(1), r.TextOrNull(2), r.GetString(3), r.GetDouble(4)), cancellationToken);
    }

    private static bool Configure()
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_config(MultiThreadMode) == SQLitePCL.raw.SQLITE_OK
            && SQLitePCL.raw.sqlite3_config(MemoryStatus, 0) == SQLitePCL.raw.SQLITE_OK;
    }

    private protected override DbCommand FindEntitiesCommand(DbConnection connection) => connection.Command(FindEntities);

    private protected override async Task IndexNamesAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        await using var index = scope.Command(IndexNames);
        await index.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The pooled connections no operation is using (tests read the statements they keep).</summary>
    internal IEnumerable<SqliteConnection> IdleConnections => connections.Idle;

    /// <summary>Closes the pooled connections, so the file is released (and can be moved or deleted).</summary>
    public override async ValueTask DisposeAsync()
    {
        await connections.CloseAsync();
        writer.Dispose();
    }

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await connections.RentAsync(cancellationToken);

    private protected override async ValueTask<WriteScope> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken);
        DbConnection connection;
        try
        {
            connection = await OpenAsync(cancellationToken);
        }
        catch
        {
            writer.Release();
            throw;
        }
        return await WriteScope.BeginAsync(connection, () => writer.Release(), cancellationToken);
    }
}
