namespace Nexus.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ReadApiTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Reader.CreateClient();

    private Task<string> MengalIdAsync() => _client.IdAsync(SeedEntities.Mengal);

    [Fact]
    public async Task OverviewCountsWhatTheStoreHolds()
    {
        var overview = await _client.GetJsonAsync("/api/overview");
        Assert.Equal(2, overview.GetProperty("documents").GetInt32());
        Assert.True(overview.GetProperty("claims").GetInt32() >= 20);
        Assert.Contains(overview.GetProperty("top_entities").Items(), e => e.Text("name") == "Lashkar-e-Taiba");
    }

    [Fact]
    public async Task SearchFindsMengalAsAnEntityAndInTheReferenceArticle()
    {
        var result = await _client.GetJsonAsync("/api/search?q=Mengal");
        Assert.Contains(result.GetProperty("entities").Items(), e => e.Text("name") == "Mir Shafiq Mengal" && e.Text("type") == "PERSON");
        var hit = Assert.Single(result.GetProperty("documents").GetProperty("items").Items());
        Assert.Equal(1, result.GetProperty("matching_documents").GetInt32());
        Assert.False(result.GetProperty("more_entities").GetBoolean());
        var snippet = hit.Text("snippet");
        var highlight = hit.GetProperty("highlights").Items().First();
        Assert.Equal("Mengal", snippet[highlight.GetProperty("start").GetInt32()..highlight.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task SearchCountsEveryMatchingDocumentAndPagesThem()
    {
        var first = await _client.GetJsonAsync("/api/search?q=and&limit=1");
        var second = await _client.GetJsonAsync("/api/search?q=and&limit=1&offset=1");

        Assert.Equal(2, first.GetProperty("matching_documents").GetInt32());
        Assert.True(first.GetProperty("documents").GetProperty("has_more").GetBoolean());
        Assert.False(second.GetProperty("documents").GetProperty("has_more").GetBoolean());
        Assert.NotEqual(
            Assert.Single(first.GetProperty("documents").GetProperty("items").Items()).Text("id"),
            Assert.Single(second.GetProperty("documents").GetProperty("items").Items()).Text("id"));
        // A short page is the last one and counts itself; a page past the end still says how many match.
        foreach (var url in new[] { "/api/search?q=and", "/api/search?q=and&offset=1", "/api/search?q=and&offset=5" })
        {
            var page = await _client.GetJsonAsync(url);
            Assert.Equal(2, page.GetProperty("matching_documents").GetInt32());
            Assert.False(page.GetProperty("documents").GetProperty("has_more").GetBoolean());
        }
    }

    [Fact]
    public async Task EntitiesQueryMatchesAnAliasAndSaysWhich()
    {
        var page = await _client.GetJsonAsync("/api/entities?query=Mengal&type=PERSON");
        var mengal = Assert.Single(page.GetProperty("items").Items());
        Assert.Equal("Mir Shafiq Mengal", mengal.Text("name"));
        Assert.Equal("Mengal", mengal.Text("matched_alias"));
    }

    [Fact]
    public async Task ProfileGroupsClaimsByPredicateAndKeepsEachHolderAndHedge()
    {
        var profile = await _client.GetJsonAsync($"/api/entities/{Uri.EscapeDataString(await MengalIdAsync())}");
        var groups = profile.GetProperty("groups").Items().ToList();
        Assert.Contains(groups, g => g.Text("predicate") == "member_of");
        var claims = groups.SelectMany(g => g.GetProperty("claims").Items()).ToList();
        Assert.Equal(profile.GetProperty("claim_count").GetInt32(), groups.Sum(g => g.GetProperty("count").GetInt32()));
        Assert.All(groups, g => Assert.InRange(g.GetProperty("claims").GetArrayLength(), 1, 10));
        var reported = claims.First(c => c.Text("modality") == "reported");
        Assert.False(string.IsNullOrEmpty(reported.GetProperty("holder").Text("text")));
        Assert.Contains("Mengal", reported.GetProperty("evidence").Text("text"), StringComparison.Ordinal);
        Assert.Contains(profile.GetProperty("roles").Items(), r => r.Text("role") == "coordinator");
    }

    [Fact]
    public async Task UnknownEntityIsAProblemDetailsNotFound()
    {
        using var response = await _client.GetAsync("/api/entities/ent:0000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ent:0000000000000000", (await response.ReadAsync()).Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutOfRangePagingIsAValidationProblem()
    {
        using var response = await _client.GetAsync("/api/entities?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync()).GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Theory]
    [InlineData("/api/entities")]
    [InlineData("/api/assertions")]
    public async Task PagesSayWhetherMoreFollow(string listing)
    {
        var first = await _client.GetJsonAsync($"{listing}?limit=3");
        var second = await _client.GetJsonAsync($"{listing}?limit=3&offset=3");
        Assert.True(first.GetProperty("has_more").GetBoolean());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Empty(first.GetProperty("items").Items().Select(e => e.Text("id")).Intersect(second.GetProperty("items").Items().Select(e => e.Text("id"))));
    }

    [Fact]
    public async Task DocumentCarriesItsTextWithMentionsAndEvidenceInsideIt()
    {
        var documents = await _client.GetJsonAsync("/api/documents");
        var id = documents.GetProperty("items").Items().First(d => d.Text("title").Contains("Nexus", StringComparison.Ordinal)).Text("id");
        var document = await _client.GetJsonAsync($"/api/documents/{Uri.EscapeDataString(id)}");
        var text = document.Text("text");
        Assert.NotEmpty(document.GetProperty("mentions").Items());
        foreach (var mention in document.GetProperty("mentions").Items())
        {
            Assert.InRange(mention.GetProperty("start").GetInt32(), 0, mention.GetProperty("end").GetInt32() - 1);
            Assert.InRange(mention.GetProperty("end").GetInt32(), 1, text.Length);
        }
        foreach (var claim in document.GetProperty("claims").Items())
        {
            var evidence = claim.GetProperty("evidence");
            Assert.Equal(evidence.Text("text"), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        }
        Assert.Contains(document.GetProperty("mentions").Items(), m => m.Text("entity_name") == "Mir Shafiq Mengal" && m.GetProperty("entity_id").GetString() is not null);
    }

    [Fact]
    public async Task ClaimIsFoundByItsGlobalId()
    {
        var claims = await _client.GetJsonAsync("/api/claims?limit=1");
        var id = claims.GetProperty("items")[0].Text("id");
        var claim = await _client.GetJsonAsync($"/api/claims/{Uri.EscapeDataString(id)}");
        Assert.Equal(id, claim.Text("id"));
    }

    [Fact]
    public async Task NeighbourhoodGraphLinksMengalToTheClaimsBehindEachEdge()
    {
        var mengal = await MengalIdAsync();
        var graph = await _client.GetJsonAsync($"/api/graph?entity={Uri.EscapeDataString(mengal)}&depth=1");
        var supplied = graph.GetProperty("edges").Items().First(e => e.Text("source") == mengal && e.Text("predicate") == "supplied");
        var nodes = graph.GetProperty("nodes").Items().Select(n => n.Text("id")).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.GetProperty("edges").Items(), e => Assert.True(nodes.Contains(e.Text("source")) && nodes.Contains(e.Text("target"))));
        var claims = await _client.GetJsonAsync(
            $"/api/graph/edge?source={Uri.EscapeDataString(mengal)}&predicate=supplied&target={Uri.EscapeDataString(supplied.Text("target"))}");
        Assert.Equal(supplied.GetProperty("claims").GetInt32(), claims.GetArrayLength());
        Assert.Contains(claims.Items(), c => c.GetProperty("evidence").Text("text").Contains("pistol", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModalityFilterKeepsOnlyEdgesWithThatModality()
    {
        var graph = await _client.GetJsonAsync("/api/graph?modality=reported&modality=alleged");
        Assert.NotEmpty(graph.GetProperty("edges").Items());
        Assert.All(graph.GetProperty("edges").Items(), e =>
            Assert.All(e.GetProperty("modalities").Items(), m => Assert.Contains(m.Text("modality"), new[] { "reported", "alleged" })));
        var all = await _client.GetJsonAsync("/api/graph");
        Assert.True(all.GetProperty("edges").GetArrayLength() > graph.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task MapListsLocatedEntitiesWithCoordinates()
    {
        var map = await _client.GetJsonAsync("/api/map");
        var balochistan = map.GetProperty("places").Items().First(p => p.Text("name") == "Balochistan");
        Assert.InRange(balochistan.GetProperty("latitude").GetDouble(), 24, 32);
        Assert.InRange(balochistan.GetProperty("longitude").GetDouble(), 60, 71);
        // A claim about the place is located there too, not only one that happened there.
        Assert.Contains(map.GetProperty("events").Items(), e => e.Text("place") == balochistan.Text("id")
            && e.Text("predicate") == "operates_in" && e.Text("object") == "Balochistan" && e.Text("polarity") == "positive");
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheApi()
    {
        var openApi = await _client.GetJsonAsync("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/entities/{id}", paths);
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/curations", paths);
        Assert.Contains("/api/assertions", paths);
        Assert.Contains("/api/paths", paths);
        Assert.Contains("/api/exports/{format}", paths);
    }

    [Fact]
    public async Task UnknownApiRouteIsAProblemNotThePage()
    {
        using var response = await _client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PagesForbidInlineScript()
    {
        using var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
    }

    [Fact]
    public async Task LoopbackServerRefusesForeignHostNames()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/overview");
        request.Headers.Host = "attacker.example";
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
