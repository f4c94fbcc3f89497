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
