using static Nexus.Web.Tests.Support.SeedEntities;

namespace Nexus.Web.Tests.Api;

/// <summary>Graded assertions, brokers, evidence paths, timelines and contradictions over the seed store.</summary>
[Collection(WebCollection.Name)]
public sealed class AnalysisApiTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Reader.CreateClient();

    private static int Credibility(JsonElement assertion) => assertion.GetProperty("grade").GetProperty("credibility").GetInt32();

    [Fact]
    public async Task MengalsAssertionsCarryGradeSourcesModalitiesDatesAndClaims()
    {
        var mengal = await _client.IdAsync(Mengal);
        var page = await _client.GetJsonAsync($"/api/assertions?entity={Q(mengal)}");
        var supplied = page.GetProperty("items").Items().First(a => a.Text("predicate") == "supplied" && a.GetProperty("subject").Text("id") == mengal);

        Assert.Matches("^[A-G][1-6]$", supplied.GetProperty("grade").Text("code"));
        Assert.Equal("probably true", supplied.GetProperty("grade").Text("meaning"));
        Assert.Equal("Mir Shafiq Mengal supplied Rana Mohammad Ashfaq", supplied.Text("statement"));
        Assert.Equal(1, supplied.GetProperty("independent_sources").GetInt32());
        Assert.Contains(supplied.GetProperty("modalities").Items(), m => m.Text("modality") == "reported");
        Assert.Equal(JsonValueKind.String, supplied.GetProperty("first_date").ValueKind);
        foreach (var id in supplied.GetProperty("claim_ids").Items().Select(c => c.GetString()!))
        {
            var claim = await _client.GetJsonAsync($"/api/claims/{Q(id)}");
            Assert.Equal("supplied", claim.Text("predicate"));
        }
    }

    [Fact]
    public async Task AnEntitysAssertionsAreBuiltFromItsProfileClaims()
    {
        var mengal = await _client.IdAsync(Mengal);
        var assertions = await _client.GetJsonAsync($"/api/entities/{Q(mengal)}/assertions");
        var profile = await _client.GetJsonAsync($"/api/entities/{Q(mengal)}?per_group=500");
        var profileClaims = profile.GetProperty("groups").Items().SelectMany(g => g.GetProperty("claims").Items()).Select(c => c.Text("id")).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(assertions.Items());
        Assert.All(assertions.Items(), a => Assert.True(a.GetProperty("subject").Text("id") == mengal || a.GetProperty("object").Text("id") == mengal));
        Assert.Subset(profileClaims, assertions.Items().SelectMany(a => a.GetProperty("claim_ids").Items()).Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal));
        var credibility = assertions.Items().Select(Credibility).ToList();
        Assert.Equal(credibility.Order(), credibility);
    }

    [Fact]
    public async Task MinGradeModalityAndPredicateNarrowTheAssertions()
    {
        var all = (await _client.GetJsonAsync("/api/assertions?limit=500")).GetProperty("items").Items().ToList();
        var good = (await _client.GetJsonAsync("/api/assertions?min_grade=2&limit=500")).GetProperty("items").Items().ToList();
        var assessed = (await _client.GetJsonAsync("/api/assertions?modality=assessed&limit=500")).GetProperty("items").Items().ToList();
        var members = (await _client.GetJsonAsync("/api/assertions?predicate=member_of&predicate=leads&limit=500")).GetProperty("items").Items().ToList();

        Assert.NotEmpty(good);
        Assert.True(good.Count < all.Count);
        Assert.All(good, a => Assert.InRange(Credibility(a), 1, 2));
        Assert.NotEmpty(assessed);
        Assert.True(assessed.Count < all.Count);
        Assert.All(assessed, a => Assert.Contains(a.GetProperty("modalities").Items(), m => m.Text("modality") == "assessed"));
        Assert.NotEmpty(members);
        Assert.All(members, a => Assert.Contains(a.Text("predicate"), new[] { "member_of", "leads" }));
    }

    [Theory]
    [InlineData("/api/assertions?min_grade=H9", "min_grade")]
    [InlineData("/api/graph?min_grade=7", "min_grade")]
    [InlineData("/api/brokers?min_grade=B0", "min_grade")]
    [InlineData("/api/brokers?a=ent:x", "b")]
    [InlineData("/api/paths?from=ent:x", "to")]
    [InlineData("/api/paths?from=ent:x&to=ent:y&k=0", "k")]
    [InlineData("/api/timeline", "entity")]
    public async Task BadAnalysisQueryIsAValidationProblemNamingTheField(string url, string field)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task MengalBrokersBetweenIskpAndLet()
    {
        var (iskp, let) = (await _client.IdAsync(Iskp), await _client.IdAsync(Let));
        var report = await _client.GetJsonAsync($"/api/brokers?a={Q(iskp)}&b={Q(let)}");

        Assert.Equal(iskp, report.GetProperty("first").Text("id"));
        Assert.Contains(report.GetProperty("first_group").Items(), e => e.Text("name") == Mengal);
        var top = report.GetProperty("brokers")[0];
        Assert.Equal(Mengal, top.GetProperty("entity").Text("name"));
        Assert.True(top.GetProperty("score").GetDouble() > 0);
        Assert.Equal("first", top.Text("position"));
    }

    [Fact]
    public async Task WithoutGroupsBrokersRankTheWholeGraphByBetweenness()
    {
        var report = await _client.GetJsonAsync("/api/brokers?top=5");

        Assert.Equal(JsonValueKind.Null, report.GetProperty("first").ValueKind);
        var scores = report.GetProperty("brokers").Items().Select(b => b.GetProperty("score").GetDouble()).ToList();
        Assert.InRange(scores.Count, 1, 5);
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task PathFromIsiToIskpShowsEachHopsClaimsAndItsWeakestLink()
    {
        var (isi, iskp) = (await _client.IdAsync(Isi), await _client.IdAsync(Iskp));
        var answer = await _client.GetJsonAsync($"/api/paths?from={Q(isi)}&to={Q(iskp)}&k=3");

        var paths = answer.GetProperty("paths").Items().ToList();
        Assert.NotEmpty(paths);
        Assert.Equal(paths.Select(p => p.GetProperty("length").GetInt32()).Order(), paths.Select(p => p.GetProperty("length").GetInt32()));
        foreach (var path in paths)
        {
            var entities = path.GetProperty("entities").Items().Select(e => e.Text("id")).ToList();
            Assert.Equal(isi, entities[0]);
            Assert.Equal(iskp, entities[^1]);
            var hops = path.GetProperty("hops").Items().ToList();
            Assert.Equal(path.GetProperty("length").GetInt32(), hops.Count);
            Assert.Equal(hops.Max(h => h.GetProperty("grade").GetProperty("credibility").GetInt32()), path.GetProperty("weakest_grade").GetProperty("credibility").GetInt32());
            foreach (var claim in hops.SelectMany(h => h.GetProperty("assertions").Items()).SelectMany(a => a.GetProperty("evidence").Items()))
            {
                Assert.False(string.IsNullOrEmpty(claim.Text("holder")));
                Assert.False(string.IsNullOrEmpty(claim.Text("modality")));
                Assert.False(string.IsNullOrEmpty(claim.Text("evidence")));
            }
        }
        var direct = paths.First(p => p.GetProperty("length").GetInt32() == 1).GetProperty("hops")[0].GetProperty("assertions").Items();
        Assert.Contains(direct, a => a.Text("predicate") == "sponsors" && a.GetProperty("evidence").Items().Any(c => c.Text("modality") == "reported"));
    }

    [Fact]
    public async Task TimelineOfTwoEntitiesIsInTimeOrderAndKeepsEachDatesPrecision()
    {
        var (iskp, let) = (await _client.IdAsync(Iskp), await _client.IdAsync(Let));
        var timeline = await _client.GetJsonAsync($"/api/timeline?entity={Q(iskp)}&entity={Q(let)}");

        Assert.Equal([iskp, let], timeline.GetProperty("entities").Items().Select(e => e.Text("id")));
        var entries = timeline.GetProperty("entries").Items().ToList();
        Assert.NotEmpty(entries);
        var dates = entries.Select(e => e.Text("date")).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(entries, e =>
        {
            Assert.True(e.GetProperty("dated").GetBoolean());
            Assert.Equal(JsonValueKind.String, e.GetProperty("granularity").ValueKind);
            Assert.Matches("^[A-G][1-6]$", e.GetProperty("grade").Text("code"));
        });
        var undated = await _client.GetJsonAsync($"/api/timeline?entity={Q(iskp)}&undated=true");
        Assert.Contains(undated.GetProperty("entries").Items(), e => !e.GetProperty("dated").GetBoolean() && e.GetProperty("granularity").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task AshfaqsIncompatibleRolesAreAContradictionWithTheClaimsOnBothSides()
    {
        var ashfaq = await _client.IdAsync("Rana Mohammad Ashfaq");
        var contradictions = await _client.GetJsonAsync($"/api/contradictions?entity={Q(ashfaq)}");

        var roles = contradictions.Items().First(c => c.Text("kind") == "incompatible_roles");
        Assert.Contains("Rana Mohammad Ashfaq", roles.Text("summary"), StringComparison.Ordinal);
        Assert.All(roles.GetProperty("assertions").Items(), a => Assert.True(a.GetProperty("contested").GetBoolean()));
        Assert.NotEmpty(roles.GetProperty("claims").Items());
        Assert.NotEmpty(roles.GetProperty("counter_claims").Items());
    }

    [Fact]
    public async Task GraphEdgesCarryTheirAssertionsGradeAndMinGradeDropsTheWeakerOnes()
    {
        var all = (await _client.GetJsonAsync("/api/graph")).GetProperty("edges").Items().ToList();
        var good = (await _client.GetJsonAsync("/api/graph?min_grade=2")).GetProperty("edges").Items().ToList();

        Assert.All(all, e => Assert.Matches("^[A-G][1-6]$", e.GetProperty("grade").Text("code")));
        Assert.NotEmpty(good);
        Assert.True(good.Count < all.Count);
        Assert.All(good, e => Assert.InRange(e.GetProperty("grade").GetProperty("credibility").GetInt32(), 1, 2));
    }

    [Fact]
    public async Task UnknownEntityInAnAnalysisQueryIsNotFound()
    {
        var isi = await _client.IdAsync(Isi);
        foreach (var url in new[] { $"/api/paths?from={Q(isi)}&to=ent:0000000000000000", "/api/entities/ent:0000000000000000/assertions", "/api/timeline?entity=ent:0000000000000000" })
        {
            using var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("ent:0000000000000000", (await response.ReadAsync()).Text("detail"), StringComparison.Ordinal);
        }
    }
}
