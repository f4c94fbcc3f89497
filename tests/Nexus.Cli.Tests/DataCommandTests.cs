namespace Nexus.Cli.Tests;

/// <summary><c>nexus data build</c>: the reference artefacts built from the shared data, and what it says it wrote.</summary>
public sealed class DataCommandTests
{
    [Fact]
    public async Task BuildWritesEveryArtefactAndSaysTheAssemblyMustBeRebuilt()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "data", "build", "--from", RepoPaths.SharedData(), "--out", "built");

        Assert.True(run.ExitCode == 0, run.ToString());
        var committed = Directory.GetFiles(Path.Combine(RepoPaths.Root, "data"), "*.gz").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var built = Directory.GetFiles(Path.Combine(temp.Path, "built"), "*.gz");
        Assert.Equal(committed, built.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in built)
        {
            Assert.Contains(Path.GetFileName(file), run.Out, StringComparison.Ordinal);
            Assert.Contains(new FileInfo(file).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), run.Out, StringComparison.Ordinal);
        }
        Assert.Contains("682 individuals, 193 entities", run.Out, StringComparison.Ordinal);
        Assert.Contains("rebuild nexus", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingDataFolderIsOneErrorLineAndWritesNothing()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "data", "build", "--from", Path.Combine(temp.Path, "nowhere"), "--out", "built");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "built")));
    }

    [Fact]
    public async Task FromIsRequired()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "data", "build");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from", run.Err, StringComparison.Ordinal);
    }
}
