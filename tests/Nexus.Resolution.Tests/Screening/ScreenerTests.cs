using System.Globalization;
using System.Text.Json;
using Nexus.Resolution.Screening;
using Nexus.Resolution.Tests.Support;
using Xunit.Abstractions;

namespace Nexus.Resolution.Tests.Screening;

public sealed class ScreenerTests(LibraryFixture fixture, ITestOutputHelper output) : IClassFixture<LibraryFixture>
{
    private readonly Screener screener = fixture.Library.Screener;

    [Theory]
    [InlineData("Lashkar-e-Tayyiba")]
    [InlineData("Lashkar-e-Toiba")]
    [InlineData("Jama'at-ud-Da'awah")]
    [InlineData("Lashkar-e-Taiba")]
    [InlineData("Lashkar e Tayyaba")]
    [InlineData("LeT")]
    [InlineData("Jamaat ud Dawa")]
    [InlineData("Lashkar Taiba")]
    [InlineData("Laskhar-e-Tayiba")]
    public void LashkarETayyibaSpellingsResolveToQDe118(string name)
    {
        var result = screener.Screen(name);
        Assert.NotEmpty(result.Matches);
        Assert.Equal("un:QDe.118", result.Matches.First(m => m.List == "un").Ref);
        Assert.Equal(result.Matches[0].Score, result.Matches.First(m => m.Ref == "un:QDe.118").Score);
    }

    [Theory]
    [InlineData("Lashkar-e-Jhangvi")]
    [InlineData("Jaish-e-Mohammed")]
    [InlineData("Jaish-e-Muhammad")]
    [InlineData("LeJ")]
    [InlineData("Tehrik-e-Taliban Pakistan")]
    public void UnrelatedGroupsWithSimilarWordsNeverMatchQDe118(string name)
    {
        var result = screener.Screen(name, new ScreeningOptions { MaxResults = 100 });
        Assert.DoesNotContain(result.Matches, m => m.Ref == "un:QDe.118");
    }

    [Fact]
    public void JaishEMohammedFindsItsOwnListing()
    {
        var result = screener.Screen("Jaish-e-Mohammed", new ScreeningOptions { Lists = ["un"] });
        Assert.Equal("un:QDe.019", result.Matches[0].Ref);
    }

    [Fact]
    public void ResultSerialisesInTheContractShape()
    {
        var json = JsonSerializer.Serialize(screener.Screen("Lashkar-e-Taiba", new ScreeningOptions { MaxResults = 1, Lists = ["un"] }));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("Lashkar-e-Taiba", doc.RootElement.GetProperty("query").GetString());
        var match = doc.RootElement.GetProperty("matches")[0];
        Assert.Equal(["name", "matched_alias", "ref", "list", "score"], match.EnumerateObject().Select(p => p.Name));
        Assert.Equal("un:QDe.118", match.GetProperty("ref").GetString());
        Assert.Equal("un", match.GetProperty("list").GetString());
    }

    [Fact]
    public void EntityIsScreenedByItsNameAndDocumentAliasesWithinItsType()
    {
        var entity = new Entity
        {
            Id = "ent:1",
            Type = EntityType.Organization,
            Name = "Army of the Pure",
            Aliases = [new Alias("LeT", "sha256:d1"), new Alias("Jaish-i-Mohammed", "un")],
        };
        var result = screener.ScreenEntity(entity, new ScreeningOptions { Lists = ["un"] });
        Assert.Equal("Army of the Pure", result.Query);
        Assert.Equal("un:QDe.118", result.Matches[0].Ref);
        Assert.DoesNotContain(result.Matches, m => m.Ref == "un:QDe.019");
        Assert.Empty(screener.ScreenEntity(entity with { Type = EntityType.Person }, new ScreeningOptions { Lists = ["un"] }).Matches.Where(m => m.Ref == "un:QDe.118"));
    }

    [Theory]
    [InlineData("ISIS", "misp:47e79b0b-f207-5133-b468-15bfd72d9b84")]
    [InlineData("ISIS", "misp:000ef265-f4ca-5028-ad90-984f26254403")]
    [InlineData("ISIS", "un:QDe.162")]
    [InlineData("GDI", "misp:10d3bae5-5a8a-5031-9d94-289b4775ef8d")]
    public void AcronymsMatchOnlyTheSameLetters(string acronym, string other)
    {
        // ASIS (Australia), INIS (Iraq), ISIS-WA; GDDI is not GDI with a doubled letter.
        var result = screener.Screen(acronym, new ScreeningOptions { MaxResults = 100 });
        Assert.NotEmpty(result.Matches);
        Assert.DoesNotContain(result.Matches, m => m.Ref == other);
    }

    [Fact]
    public void APersonsShortReferenceIsNotScreenedOnItsOwn()
    {
        // "Ag Mossa" is a UN alias of Bah Ag Moussa; "Hamadou Ag Moussa", called "Ag Moussa" for short, is someone else.
        var entity = new Entity { Id = "ent:1", Type = EntityType.Person, Name = "Hamadou Ag Moussa", Aliases = [new Alias("Ag Moussa", "sha256:d1")] };
        Assert.Contains(screener.Screen("Ag Moussa").Matches, m => m.Ref == "un:QDi.424");
        Assert.DoesNotContain(screener.ScreenEntity(entity).Matches, m => m.Ref == "un:QDi.424");
    }

    [Fact]
    public void PersonWithTitleAndVariantSpellingIsFound()
    {
        var result = screener.Screen("Hafiz Mohammad Saeed", new ScreeningOptions { Lists = ["un"] });
        Assert.Equal("un:QDi.263", result.Matches[0].Ref);
    }

    [Fact]
    public void PerturbedListNamesReachTheRecallAndPrecisionTargets()
    {
        var set = PerturbationSet.Build(fixture.Library.Records);
        var options = new ScreeningOptions { Lists = ["un"] };
        int positives = 0, truePositives = 0, reported = 0;
        var missesByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in set)
        {
            var matches = screener.Screen(q.Text, options).Matches;
            var top = matches.Where(m => m.Score == matches.FirstOrDefault()?.Score).ToList();
            positives += q.Expected is null ? 0 : 1;
            reported += top.Count > 0 ? 1 : 0;
            if (q.Expected is not null && top.Any(m => m.Ref == q.Expected))
            {
                truePositives++;
            }
            else if (q.Expected is not null || top.Count > 0)
            {
                missesByKind[q.Perturbation] = missesByKind.GetValueOrDefault(q.Perturbation) + 1;
                if (missesByKind[q.Perturbation] <= 5)
                {
                    output.WriteLine($"miss [{q.Perturbation}] {q.Text} → expected {q.Expected ?? "none"}, got {string.Join(", ", top.Select(m => $"{m.Ref} '{m.MatchedAlias}' {m.Score}"))}");
                }
            }
        }
        var recall = (double)truePositives / positives;
        var precision = (double)truePositives / reported;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"queries {set.Count} (positives {positives}, negatives {set.Count - positives}); recall {recall:F4}; precision {precision:F4}; errors by kind: {string.Join(", ", missesByKind.Select(kv => kv.Key + " " + kv.Value))}"));
        Assert.True(recall >= 0.95, $"recall {recall}");
        Assert.True(precision >= 0.98, $"precision {precision}");
    }
}
