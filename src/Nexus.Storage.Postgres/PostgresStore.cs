using Nexus.Storage.Relational;
using Npgsql;

namespace Nexus.Storage.Postgres;

/// <summary>
/// The store on a PostgreSQL server, for a team: same contract and tests as the SQLite file.
/// Full-text search uses a generated, weighted tsvector (title A, text B) with
/// <c>websearch_to_tsquery</c> and <c>ts_headline</c>; name lookup uses the same folded keys as SQLite,
/// computed in C#, so it needs no extension. Connections come from one pooled data source.
/// </summary>
public sealed class PostgresStore : RelationalStore
{
    private const string MigrationPrefix = "Nexus.Storage.Postgres.Migrations.";

    /// <summary>Concurrent openers of one database wait here, so only one of them migrates.</summary>
    private const string MigrationLock = "SELECT pg_advisory_xact_lock(4711240611)";

    /// <summary>One pass finds and ranks every match; the count and the page are read from it, and only the page's documents are cut a headline.</summary>
    private const string Search = """
        WITH q AS (SELECT websearch_to_tsquery('english', @query) AS query),
        hits AS MATERIALIZED (
            SELECT d.seq, CAST(ts_rank_cd(d.search, q.query) AS double precision) AS rank
            FROM documents d, q
            WHERE d.search @@ q.query),
        page AS (SELECT seq, rank FROM hits ORDER BY rank DESC, seq LIMIT +@limit OFFSET @offset)
        SELECT c.matching, d.id, d.title, ts_headline('english', d.text, q.query, @options), p.rank
        FROM (SELECT CAST(COUNT(*) AS integer) AS matching FROM hits) c
        CROSS JOIN q
        LEFT JOIN (page p JOIN documents d ON d.seq = p.seq) ON true
        ORDER BY p.rank DESC, p.seq
        """;

    private static readonly string HeadlineOptions =
        $"StartSel={Highlights.Open}, StopSel={Highlights.Close}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private readonly NpgsqlDataSource dataSource;

    private PostgresStore(string name, NpgsqlDataSource dataSource, TimeProvider time)
        : base(name, time) =>
        this.dataSource = dataSource;

    /// <summary>The schema version this code creates and upgrades to.</summary>
    public static int SchemaVersion => Migrations.Length;

    private static ImmutableArray<Migration> Migrations { get; } = Migration.Embedded(typeof(PostgresStore).Assembly, MigrationPrefix);

    /// <summary>
    /// Opens the store in the database that <paramref name="location"/> names (a <c>postgres://</c> URI
    /// or an Npgsql connection string; its search path selects the schema), creating or upgrading the
    /// schema in one transaction. Throws <see cref="StoreException"/> when the server cannot be reached
    /// or holds a schema of a newer Nexus.
    /// </summary>
    public static async Task<PostgresStore> OpenAsync(string location, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var settings = PostgresLocation.Parse(location);
        var name = PostgresLocation.Describe(settings);
        var store = new PostgresStore(name, NpgsqlDataSource.Create(settings), time ?? TimeProvider.System);
        try
        {
            await using var connection = await store.OpenAsync(cancellationToken);
            await MigrationRunner.MigrateAsync(connection, Migrations, name, LockAsync, store.Time, cancellationToken);
            return store;

            async Task LockAsync(DbTransaction transaction, CancellationToken ct)
            {
                await using var command = connection.Command(MigrationLock, transaction);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        catch (Exception e) when (e is DbException or StoreException)
        {
            await store.DisposeAsync();
            throw e as StoreException ?? new StoreException($"The store {name} could not be opened: {e.Message}", e);
        }
    }

    public override async Task<SearchResults> SearchAsync(string query, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(Search)
            .WithText("@query", query).WithText("@options", HeadlineOptions).Page(page);
        return await ReadSearchAsync(command, r => Highlights.Hit(r.GetString(1), r.TextOrNull(2), r.GetString(3), r.GetDouble(4)), cancellationToken);
    }

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    private protected override async ValueTask<WriteScope> BeginWriteAsync(CancellationToken cancellationToken) =>
        await WriteScope.BeginAsync(await OpenAsync(cancellationToken), null, cancellationToken);
}
