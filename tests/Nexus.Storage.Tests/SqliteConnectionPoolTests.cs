using System.Runtime.InteropServices;
using Nexus.Storage.Sqlite;

namespace Nexus.Storage.Tests;

/// <summary>The SQLite store keeps its connections open, with their prepared statements, between operations.</summary>
public sealed class SqliteConnectionPoolTests(SqliteBackend backend) : IClassFixture<SqliteBackend>
{
    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task ConcurrentReadsOnReusedConnectionsEachGetTheirOwnAnswer()
    {
        await using var store = await ResolvedReportStoreAsync();
        var queries = new ClaimQuery[]
        {
            new() { EntityId = Resolutions.Goren },
            new() { EntityId = Resolutions.Iskp },
            new() { EntityId = Resolutions.Goren, Predicate = Predicate.MetWith },
            new() { Predicate = Predicate.Arrested },
            new() { EntityId = Resolutions.Goren, HasRole = true },
            new() { EntityId = Resolutions.Gaziantep },
        };
        var expected = new List<string>();
        foreach (var query in queries)
        {
            expected.Add(await IdsAsync(store, query));
        }

        var answers = new string[queries.Length * 50];
        await Parallel.ForEachAsync(Enumerable.Range(0, answers.Length), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            answers[i] = await IdsAsync(store, queries[i % queries.Length]);
            Assert.NotNull(await store.GetEntityAsync(i % 2 == 0 ? Resolutions.Goren : Resolutions.Iskp, ct));
        });

        Assert.Equal(Enumerable.Range(0, answers.Length).Select(i => expected[i % queries.Length]), answers);
        Assert.Equal(["c1 c2 c3 c4", "c2 c4", "c3", "c1", "c4", ""], expected);
    }

    [Fact]
    public async Task ClosingTheStoreClosesEveryConnection()
    {
        var path = await backend.NewLocationAsync();
        var store = await SqliteStore.OpenAsync(path, FixedTime.Default, None);
        await store.AddDocumentAsync(Fixtures.Report(), None);
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
            await store.SearchAsync("Gaziantep", PageRequest.First(5), ct));
        Assert.True(File.Exists(path + "-wal"));

        await store.DisposeAsync();

        // SQLite removes the write-ahead log when the last connection to the file closes.
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public async Task ReadsWithNewArgumentsRunTheStatementsAlreadyCompiled()
    {
        await using var store = (SqliteStore)await ResolvedReportStoreAsync();
        var document = (await store.ListDocumentsAsync(PageRequest.First(1), None)).Single().Id;
        Recompiled(store, reset: true); // writing the store changed its schema, which compiles statements again once

        // Each read twice with other arguments: SQLite re-plans a statement when a parameter its plan
        // depends on is bound anew (a bare LIMIT, a LIKE pattern), which costs more than running it.
        foreach (var (entity, text, page) in new[] { (Resolutions.Goren, "Gaziantep", new PageRequest(0, 5)), (Resolutions.Iskp, "\"ISKP fighters\"", new PageRequest(1, 7)) })
        {
            await store.SearchAsync(text, page, None);
            await store.FindEntitiesAsync(new EntityQuery { Text = text, Page = page }, None);
            await store.FindEntitiesAsync(new EntityQuery { Text = text, Type = EntityType.Person, Page = page }, None);
            await store.ListDocumentsAsync(page, None);
            await store.GetDocumentAsync(document, None);
            await store.GetEntityAsync(entity, None);
            await store.GetEntitySummaryAsync(entity, None);
            await store.GetMembershipsAsync(entity, None);
            await store.GetClaimsAsync(new ClaimQuery { EntityId = entity, Page = page }, None);
            await store.GetClaimsAsync(new ClaimQuery { DocumentId = document, Predicate = Predicate.MetWith, Page = page }, None);
            await store.GetClaimsPerPredicateAsync(entity, page.Limit, None);
            await store.CountClaimsAsync(new ClaimQuery { EntityId = entity }, None);
            await store.GetStatisticsAsync(None);
            await store.GetChangeCountAsync(None);
        }

        Assert.Empty(Recompiled(store, reset: false));
    }

    /// <summary>The SQL of every statement the idle connections keep that SQLite compiled again after preparing it (or since the last reset).</summary>
    private static List<string> Recompiled(SqliteStore store, bool reset)
    {
        var recompiled = new List<string>();
        foreach (var connection in store.IdleConnections)
        {
            var db = connection.Handle!.DangerousGetHandle();
            for (var statement = NextStatement(db, 0); statement != 0; statement = NextStatement(db, statement))
            {
                if (StatementStatus(statement, Reprepare, reset ? 1 : 0) > 0)
                {
                    recompiled.Add(Marshal.PtrToStringUTF8(StatementSql(statement)) ?? "");
                }
            }
        }
        return recompiled;
    }

    private const int Reprepare = 5;

    // SQLitePCL wraps only the statements it prepared, and FTS5 prepares its own: the C API lists them all.
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_next_stmt")]
    private static extern nint NextStatement(nint db, nint statement);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_stmt_status")]
    private static extern int StatementStatus(nint statement, int operation, int reset);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_sql")]
    private static extern nint StatementSql(nint statement);

    private static async Task<string> IdsAsync(INexusStore store, ClaimQuery query) =>
        string.Join(' ', (await store.GetClaimsAsync(query, None)).Select(c => c.Claim.Id));

    private async Task<INexusStore> ResolvedReportStoreAsync()
    {
        var store = await SqliteStore.OpenAsync(await backend.NewLocationAsync(), FixedTime.Default, None);
        var report = Fixtures.Report();
        await store.AddDocumentAsync(report, None);
        var (entities, memberships) = Resolutions.OfReport(report.Document.Id);
        await store.ReplaceResolutionAsync(entities, memberships, None);
        return store;
    }
}
