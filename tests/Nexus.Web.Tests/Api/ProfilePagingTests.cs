namespace Nexus.Web.Tests.Api;

/// <summary>A profile opens each predicate's group with its first claims, counts all of them, and links to the rest.</summary>
[Collection(WebCollection.Name)]
public sealed class ProfilePagingTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Reader.CreateClient();

    [Fact]
    public async Task EachGroupCountsAllItsClaimsAndShowsTheFirstOnes()
    {
        var mengal = SeedEntities.Q(await _client.IdAsync(SeedEntities.Mengal));
        var full = await _client.GetJsonAsync($"/api/entities/{mengal}?per_group=500");
        var opening = await _client.GetJsonAsync($"/api/entities/{mengal}?per_group=1");

        var groups = opening.GetProperty("groups").Items().ToList();
        Assert.Equal(full.GetProperty("claim_count").GetInt32(), groups.Sum(g => g.GetProperty("count").GetInt32()));
        Assert.Equal(
            full.GetProperty("groups").Items().Select(g => (g.Text("predicate"), g.GetProperty("count").GetInt32())),
            groups.Select(g => (g.Text("predicate"), g.GetProperty("count").GetInt32())));
        Assert.All(groups, g =>
        {
            Assert.Single(g.GetProperty("claims").Items());
            Assert.Equal(g.GetProperty("count").GetInt32(), g.GetProperty("modalities").Items().Sum(m => m.GetProperty("claims").GetInt32()));
            Assert.Equal(g.GetProperty("count").GetInt32() > 1, g.GetProperty("next").ValueKind == JsonValueKind.String);
        });
        Assert.Contains(groups, g => g.GetProperty("count").GetInt32() > 1);
        Assert.All(full.GetProperty("groups").Items(), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("next").ValueKind));
        Assert.Equal(full.GetProperty("roles").GetRawText(), opening.GetProperty("roles").GetRawText());
        Assert.Equal(full.GetProperty("documents").GetInt32(), opening.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task FollowingAGroupsNextLinksGivesTheRestOfItsClaimsInOrder()
    {
        var mengal = SeedEntities.Q(await _client.IdAsync(SeedEntities.Mengal));
        var full = await _client.GetJsonAsync($"/api/entities/{mengal}?per_group=500");
        var opening = await _client.GetJsonAsync($"/api/entities/{mengal}?per_group=1");

        foreach (var group in opening.GetProperty("groups").Items())
        {
            var claims = group.GetProperty("claims").Items().ToList();
            var next = group.GetProperty("next").GetString();
            while (next is not null)
            {
                Assert.StartsWith($"/api/entities/{mengal}/claims?", next, StringComparison.Ordinal);
                var page = await _client.GetJsonAsync(next);
                claims.AddRange(page.GetProperty("items").Items());
                next = page.GetProperty("has_more").GetBoolean() ? NextOffset(next, claims.Count) : null;
            }

            var expected = full.GetProperty("groups").Items().Single(g => g.Text("predicate") == group.Text("predicate")).GetProperty("claims").Items();
            Assert.Equal(expected.Select(c => c.GetRawText()), claims.Select(c => c.GetRawText()));
            Assert.All(claims, c =>
            {
                Assert.Equal(group.Text("predicate"), c.Text("predicate"));
                Assert.False(string.IsNullOrEmpty(c.GetProperty("holder").Text("text")));
                Assert.False(string.IsNullOrEmpty(c.Text("modality")));
                Assert.False(string.IsNullOrEmpty(c.GetProperty("evidence").Text("text")));
                Assert.Equal(JsonValueKind.String, c.GetProperty("source").GetProperty("document").ValueKind);
            });
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task ClaimsPerGroupOutOfRangeIsAValidationProblem(int perGroup)
    {
        var mengal = SeedEntities.Q(await _client.IdAsync(SeedEntities.Mengal));

        using var response = await _client.GetAsync($"/api/entities/{mengal}?per_group={perGroup}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync()).GetProperty("errors").TryGetProperty("per_group", out _));
    }

    /// <summary>The link with its offset moved past the claims already read, as the UI moves it.</summary>
    private static string NextOffset(string link, int offset)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..]);
        query["offset"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{link[..link.IndexOf('?', StringComparison.Ordinal)]}?{query}";
    }
}
