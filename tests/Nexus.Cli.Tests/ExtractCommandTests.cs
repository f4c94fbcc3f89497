using System.Text.Json;

namespace Nexus.Cli.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task OneFileGivesOneExtractionObject()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "extract", RepoPaths.ReferenceArticle, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("nexus.extraction/1", root.GetProperty("schema").GetString());
        var document = root.GetProperty("document");
        Assert.Equal("2026-02-27", document.GetProperty("published").GetString());
        Assert.Equal("Anna Mahjar-Barducci", document.GetProperty("authors")[0].GetString());
        Assert.Equal("Memri.org", document.GetProperty("origin").GetString());
        var text = document.GetProperty("text").GetString()!;
        foreach (var mention in root.GetProperty("mentions").EnumerateArray())
        {
            var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
            Assert.Equal(mention.GetProperty("text").GetString(), text[start..end]);
        }
        Assert.False(File.Exists(Path.Combine(temp.Path, "nexus.db")));
    }

    [Fact]
    public async Task AFolderGivesJsonLinesEachCarryingItsSource()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "extract", Path.Combine(RepoPaths.Root, "examples"), "--format", "json");

        var examples = Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples"), "*.txt").Length;
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(examples, lines.Length);
        var sources = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetProperty("source").GetString()!).ToList();
        Assert.All(sources, s => Assert.EndsWith(".txt", s, StringComparison.Ordinal));
        Assert.Equal(examples, sources.Distinct().Count());
    }

    [Fact]
    public async Task HelpListsEveryCommand()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "ingest", "extract", "entities", "show", "claims", "search" })
        {
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnreadableStoreIsOneSentenceAndAFailure()
    {
        using var temp = new TempFolder();
        var notAStore = temp.File("junk.db", "this is not a database file at all, just text padding it out to some length");

        var run = await NexusProcess.RunAsync(temp.Path, "entities", "--store", notAStore);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
