using System.Text.Json;

namespace Nexus.Cli.Tests;

/// <summary><c>nexus screen</c> needs no store: a name against the lists, in the contract's JSON shape.</summary>
public sealed class ScreenCommandTests
{
    [Theory]
    [InlineData("Lashkar-e-Taiba")]
    [InlineData("Lashkar e Tayyaba")]
    [InlineData("LeT")]
    [InlineData("Jamaat ud Dawa")]
    public async Task SpellingsOfLashkarETayyibaAreScreenedToQDe118InTheContractShape(string name)
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "screen", name, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(["query", "matches"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(name, json.RootElement.GetProperty("query").GetString());
        var matches = json.RootElement.GetProperty("matches").EnumerateArray().ToList();
        Assert.All(matches, m => Assert.Equal(["name", "matched_alias", "ref", "list", "score"], m.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("un:QDe.118", matches.First(m => m.GetProperty("list").GetString() == "un").GetProperty("ref").GetString());
        var scores = matches.Select(m => m.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.False(File.Exists(Path.Combine(temp.Path, "nexus.db")));
    }

    [Theory]
    [InlineData("Lashkar-e-Jhangvi")]
    [InlineData("Jaish-e-Mohammed")]
    public async Task UnrelatedGroupsNeverMatchQDe118(string name)
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "screen", name, "--format", "json", "--limit", "100", "--min-score", "0.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEmpty(JsonDocument.Parse(run.Out).RootElement.GetProperty("matches").EnumerateArray());
        Assert.DoesNotContain("un:QDe.118", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTableShowsTheListedNameAliasRefAndScore()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "screen", "Hafiz Mohammad Saeed", "--limit", "1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("un:QDi.263", run.Out, StringComparison.Ordinal);
        Assert.Contains("Score", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"matches\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameNothingMatchesIsAnAnswerNotAnError()
    {
        using var temp = new TempFolder();

        var table = await NexusProcess.RunAsync(temp.Path, "screen", "Qwxz Vbnmk");
        var json = await NexusProcess.RunAsync(temp.Path, "screen", "Qwxz Vbnmk", "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("No listed person or organisation matches", table.Out, StringComparison.Ordinal);
        Assert.Empty(JsonDocument.Parse(json.Out).RootElement.GetProperty("matches").EnumerateArray());
    }

    [Theory]
    [InlineData("--min-score", "1.5")]
    [InlineData("--min-score", "0")]
    [InlineData("--limit", "0")]
    public async Task AnOutOfRangeOptionIsAUsageError(string option, string value)
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "screen", "LeT", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains(option, run.ErrorLines[0], StringComparison.Ordinal);
    }
}
