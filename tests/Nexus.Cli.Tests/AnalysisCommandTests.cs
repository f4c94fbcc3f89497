using System.Text.Json;

namespace Nexus.Cli.Tests;

/// <summary>
/// The assessment and link-analysis commands over a store holding the examples (among them an
/// independent article about ISKP and LeT) and the reference article.
/// </summary>
public sealed class AnalysisCommandTests(IngestedStore store) : IClassFixture<IngestedStore>
{
    [Fact]
    public async Task AssessGradesIskpAlliedWithLetFromTwoIndependentSources()
    {
        using var json = await JsonAsync("assess", "ISKP");

        var allied = json.RootElement.GetProperty("assertions").EnumerateArray()
            .Single(a => a.GetProperty("assertion").GetProperty("predicate").GetString() == "allied_with" && a.GetProperty("statement").GetString()!.Contains("Lashkar-e-Taiba", StringComparison.Ordinal));
        Assert.Equal(2, allied.GetProperty("assertion").GetProperty("independent_sources").GetInt32());
        Assert.Equal("F2", allied.GetProperty("assertion").GetProperty("grade").GetProperty("code").GetString());
        Assert.All(allied.GetProperty("claims").EnumerateArray(), c => Assert.NotEqual("asserted", c.GetProperty("modality").GetString()));
    }

    [Fact]
    public async Task AssessShowsTheRuleBehindEachGrade()
    {
        var output = await TextAsync("assess", "Ashfaq");

        Assert.Contains("row 8 (3, possibly true)", output, StringComparison.Ordinal);
        Assert.Contains("incompatible_roles", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokersBetweenIskpAndLetPutMengalFirst()
    {
        using var json = await JsonAsync("brokers", "ISKP", "LeT");

        var first = json.RootElement.GetProperty("report").GetProperty("brokers")[0];
        Assert.Equal("Mir Shafiq Mengal", first.GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task PathFromIsiToIskpNamesEveryHopsHolderAndModality()
    {
        using var json = await JsonAsync("path", "ISI", "ISKP");

        var paths = json.RootElement.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        foreach (var hop in paths.SelectMany(p => p.GetProperty("hops").EnumerateArray()))
        {
            var claims = hop.GetProperty("assertions").EnumerateArray().SelectMany(a => a.GetProperty("claims").EnumerateArray()).ToList();
            Assert.NotEmpty(claims);
            Assert.All(claims, c =>
            {
                Assert.False(string.IsNullOrEmpty(c.GetProperty("holder").GetString()));
                Assert.False(string.IsNullOrEmpty(c.GetProperty("modality").GetString()));
            });
        }
        Assert.All(paths, p => Assert.Matches("^[A-G][1-6]$", p.GetProperty("weakest_grade").GetProperty("code").GetString()!));
    }

    [Fact]
    public async Task PathPrintsEachHopsClaims()
    {
        var output = await TextAsync("path", "ISI", "ISKP", "--count", "1");

        Assert.Contains("reported by a senior Afghan official", output, StringComparison.Ordinal);
        Assert.Contains("weakest link", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelineIsInDateOrderWithThePrecisionOfEachDate()
    {
        using var json = await JsonAsync("timeline", "ISKP", "LeT");

        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        var dates = entries.Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("granularity").GetString())));
    }

    [Fact]
    public async Task ContradictionsNameAshfaqsTwoRoles()
    {
        var output = await TextAsync("contradictions");

        Assert.Contains("Rana Mohammad Ashfaq is called chief (leads)", output, StringComparison.Ordinal);
        Assert.Contains("senior commander", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "brokers", "ISKP")]
    [InlineData(2, "source", "grade", "Memri.org", "Q")]
    [InlineData(2, "brokers", "ISKP", "LeT", "--min-grade", "H9")]
    [InlineData(2, "path", "ISI", "ISKP", "--modality", "rumoured")]
    [InlineData(4, "source", "grade", "The Daily Nowhere", "B")]
    [InlineData(4, "path", "ISI", "Nobody Atall")]
    public async Task BadInputIsOneSentenceAndAnExitCode(int exit, params string[] args)
    {
        var run = await NexusProcess.RunAsync(store.Folder, args);

        Assert.True(run.ExitCode == exit, run.ToString());
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task GradingASourceIsKeptAndRaisesWhatItCarries()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await NexusProcess.RunAsync(folder.Path, "ingest", RepoPaths.ReferenceArticle, "--publisher", "The Asian Age")).ExitCode);

        var grade = await NexusProcess.RunAsync(folder.Path, "source", "grade", "asian age", "b", "--reason", "track record");
        var list = await NexusProcess.RunAsync(folder.Path, "source", "list", "--format", "json");
        var assess = await NexusProcess.RunAsync(folder.Path, "assess", "Mengal", "--format", "json");

        Assert.True(grade.ExitCode == 0, grade.ToString());
        using var outlets = JsonDocument.Parse(list.Out);
        Assert.Contains(outlets.RootElement.EnumerateArray(), o => o.GetProperty("name").GetString() == "The Asian Age" && o.GetProperty("grade").GetString() == "B");
        using var assessed = JsonDocument.Parse(assess.Out);
        Assert.All(assessed.RootElement.GetProperty("assertions").EnumerateArray(),
            a => Assert.Equal("B", a.GetProperty("assertion").GetProperty("grade").GetProperty("reliability").GetString()));
    }

    /// <summary>Runs nexus with <c>--format json</c>, checks that it succeeded and parses what it printed.</summary>
    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await NexusProcess.RunAsync(store.Folder, [.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }

    /// <summary>Runs nexus, checks that it succeeded and returns what it printed.</summary>
    private async Task<string> TextAsync(params string[] args)
    {
        var run = await NexusProcess.RunAsync(store.Folder, args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Out;
    }
}
