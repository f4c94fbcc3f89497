using Microsoft.Data.Sqlite;
using Nexus.Storage.Sqlite;

namespace Nexus.Web.Tests.Api;

/// <summary>Answers read from the store are cached until the store changes, whoever changes it.</summary>
[Collection(WebCollection.Name)]
public sealed class ResponseCacheTests(WebFixture fixture)
{
    [Fact]
    public async Task CachedProfileShowsAWriteFromAnotherProcessAtOnce()
    {
        var path = fixture.CopyStore();
        var client = fixture.Factory(path).CreateClient();
        var mengal = SeedEntities.Q(await client.IdAsync(SeedEntities.Mengal));
        var before = await client.GetJsonAsync($"/api/entities/{mengal}");
        var target = before.GetProperty("groups")[0].GetProperty("claims")[0].Text("id");
        Assert.Equal(before.GetRawText(), (await client.GetJsonAsync($"/api/entities/{mengal}")).GetRawText());

        // Another writer on the same file, as `nexus reject-claim` would be.
        await using (var other = await SqliteStore.OpenAsync(path, TimeProvider.System, CancellationToken.None))
        {
            await other.AddCurationAsync(
                new Core.Curation { Id = "cache-test", Action = Core.CurationAction.RejectClaim, Targets = [target], At = DateTimeOffset.UnixEpoch },
                CancellationToken.None);
        }
        var after = await client.GetJsonAsync($"/api/entities/{mengal}");

        Assert.False(before.GetProperty("groups")[0].GetProperty("claims")[0].GetProperty("rejected").GetBoolean());
        Assert.True(after.GetProperty("groups")[0].GetProperty("claims")[0].GetProperty("rejected").GetBoolean());
    }

    [Fact]
    public async Task CachedAnswerLastsUntilTheChangeCountMovesUnlessTheRequestSaysNoCache()
    {
        var path = fixture.CopyStore();
        var client = fixture.Factory(path).CreateClient();
        var mengal = SeedEntities.Q(await client.IdAsync(SeedEntities.Mengal));
        var url = $"/api/entities/{mengal}";
        var target = (await client.GetJsonAsync(url)).GetProperty("groups")[0].GetProperty("claims")[0].Text("id");

        // A rejection written behind the store's back, without moving its change count: only a
        // fresh answer can show it.
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var write = connection.CreateCommand();
            write.CommandText = """
                INSERT INTO curations (id, action, targets, value, reason, analyst, decided_at)
                VALUES ('behind-the-back', 'reject_claim', json_array($target), NULL, NULL, NULL, '2025-01-01T00:00:00Z');
                INSERT INTO curation_targets (curation_seq, ordinal, target) VALUES (last_insert_rowid(), 0, $target);
                """;
            write.Parameters.AddWithValue("$target", target);
            await write.ExecuteNonQueryAsync();
        }
        var cached = await client.GetJsonAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        var fresh = await response.ReadAsync();

        Assert.False(cached.GetProperty("groups")[0].GetProperty("claims")[0].GetProperty("rejected").GetBoolean());
        Assert.True(fresh.GetProperty("groups")[0].GetProperty("claims")[0].GetProperty("rejected").GetBoolean());
    }
}
