namespace Nexus.Cli.Tests;

/// <summary>nexus export, import and brief over a store holding the reference article and the examples.</summary>
public sealed class ExportCommandTests(IngestedStore store) : IClassFixture<IngestedStore>
{
    [Fact]
    public async Task ExportImportExportThroughTheCliGivesTheSameBundle()
    {
        var first = Path.Combine(store.Folder, "first.json");
        var second = Path.Combine(store.Folder, "second.json");
        var copy = Path.Combine(store.Folder, "copy.db");

        var export = await NexusProcess.RunAsync(store.Folder, "export", "--format", "stix", "--out", first);
        var import = await NexusProcess.RunAsync(store.Folder, "import", first, "--store", copy);
        var again = await NexusProcess.RunAsync(store.Folder, "export", "--format", "stix", "--out", second, "--store", copy);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(await File.ReadAllTextAsync(first), await File.ReadAllTextAsync(second));
    }

    [Fact]
    public async Task BriefPrintsACitedMarkdownBrief()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "brief", "ISKP");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("# Brief: Islamic State Khorasan Province", run.Out, StringComparison.Ordinal);
        Assert.Contains("reported that", run.Out, StringComparison.Ordinal);
        Assert.Contains("[^1]: “", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABriefExportWithoutAnEntityIsAUsageError()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "export", "--format", "brief", "--out", Path.Combine(store.Folder, "brief.md"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["nexus: A brief is about one entity: give it with --entity NAME."], run.ErrorLines);
    }

    [Fact]
    public async Task ABadBundleIsRefusedInOneSentenceAndNothingIsStored()
    {
        var bad = Path.Combine(store.Folder, "bad.json");
        var target = Path.Combine(store.Folder, "bad.db");
        await File.WriteAllTextAsync(bad, "{\"type\": \"report\"}");

        var run = await NexusProcess.RunAsync(store.Folder, "import", bad, "--store", target);
        var entities = await NexusProcess.RunAsync(store.Folder, "entities", "--store", target, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("not a STIX 2.1 bundle", run.Err, StringComparison.Ordinal);
        Assert.Equal("[]", entities.Out.Trim());
    }
}
