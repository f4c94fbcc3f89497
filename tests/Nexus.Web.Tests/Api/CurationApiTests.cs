namespace Nexus.Web.Tests.Api;

/// <summary>Each test curates its own copy of the store.</summary>
[Collection(WebCollection.Name)]
public sealed class CurationApiTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory(fixture.CopyStore()).CreateClient();

    private async Task<JsonElement> EntityAsync(string name)
    {
        var page = await _client.GetJsonAsync($"/api/entities?query={Uri.EscapeDataString(name)}");
        return page.GetProperty("items").Items().First(e => e.Text("name") == name);
    }

    [Fact]
    public async Task RejectingAClaimShowsAtOnceAndIsAudited()
    {
        var mengal = (await EntityAsync("Mir Shafiq Mengal")).Text("id");
        var claims = await _client.GetJsonAsync($"/api/entities/{Uri.EscapeDataString(mengal)}/claims");
        var target = claims.GetProperty("items")[0].Text("id");
        var drawnBefore = await DrawnClaimsAsync(mengal);

        using var response = await _client.PostAsJsonAsync("/api/curations", new { action = "reject_claim", targets = new[] { target }, reason = "wrong subject", analyst = "tester" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var claim = await _client.GetJsonAsync($"/api/claims/{Uri.EscapeDataString(target)}");
        Assert.True(claim.GetProperty("rejected").GetBoolean());
        var trail = await _client.GetJsonAsync("/api/curations");
        var audit = trail[0];
        Assert.Equal("reject_claim", audit.Text("action"));
        Assert.Equal("tester", audit.Text("analyst"));
        Assert.Equal(target, audit.GetProperty("targets")[0].GetString());
        Assert.Equal(drawnBefore - 1, await DrawnClaimsAsync(mengal));
    }

    private async Task<int> DrawnClaimsAsync(string entity)
    {
        var graph = await _client.GetJsonAsync($"/api/graph?entity={Uri.EscapeDataString(entity)}");
        return graph.GetProperty("edges").Items().Sum(e => e.GetProperty("claims").GetInt32());
    }

    [Fact]
    public async Task MergingTwoEntitiesTakesEffectAtOnce()
    {
        var mengal = await EntityAsync("Mir Shafiq Mengal");
        var ashfaq = await EntityAsync("Rana Mohammad Ashfaq");

        using var response = await _client.PostAsJsonAsync("/api/curations", new { action = "merge", targets = new[] { mengal.Text("id"), ashfaq.Text("id") }, reason = "test merge" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var merged = (await response.ReadAsync()).Text("entity");
        var profile = await _client.GetJsonAsync($"/api/entities/{Uri.EscapeDataString(merged)}");
        Assert.True(profile.GetProperty("claim_count").GetInt32() > mengal.GetProperty("claims").GetInt32());
        var names = profile.GetProperty("aliases").Items().Select(a => a.Text("name")).Append(profile.Text("name")).ToList();
        Assert.Contains(names, n => n.Contains("Ashfaq", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenamingAnEntityChangesItsNameAtOnce()
    {
        var isi = await EntityAsync("Inter-Services Intelligence");

        using var response = await _client.PostAsJsonAsync("/api/curations", new { action = "rename", targets = new[] { isi.Text("id") }, value = "ISI (Pakistan)" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var renamed = (await response.ReadAsync()).Text("entity");
        Assert.Equal("ISI (Pakistan)", (await _client.GetJsonAsync($"/api/entities/{Uri.EscapeDataString(renamed)}")).Text("name"));
    }

    [Theory]
    [InlineData("merge", new[] { "ent:only-one" }, null, "targets")]
    [InlineData("grade_source", new[] { "The Asian Age" }, "Z", "value")]
    [InlineData("reject_claim", new[] { "sha256:none#c1" }, null, "targets")]
    [InlineData("rename", new[] { "ent:nobody" }, "", "value")]
    public async Task BadCurationIsRefusedWithTheFieldAndChangesNothing(string action, string[] targets, string? value, string field)
    {
        using var response = await _client.PostAsJsonAsync("/api/curations", new { action, targets, value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, (await _client.GetJsonAsync("/api/curations")).GetArrayLength());
    }

    [Fact]
    public async Task GradingASourceIsStoredInTheAuditTrail()
    {
        using var response = await _client.PostAsJsonAsync("/api/curations", new { action = "grade_source", targets = new[] { "Memri.org" }, value = "b" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var audit = (await _client.GetJsonAsync("/api/curations"))[0];
        Assert.Equal("grade_source", audit.Text("action"));
        Assert.Equal("b", audit.Text("value"));
    }
}
