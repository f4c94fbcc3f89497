namespace Nexus.Cli.Tests;

public sealed class IngestCommandTests
{
    private static string Examples => Path.Combine(RepoPaths.Root, "examples");

    [Fact]
    public async Task IngestingTheSameFolderTwiceAddsNothingTheSecondTime()
    {
        using var temp = new TempFolder();

        var first = await NexusProcess.RunAsync(temp.Path, "ingest", Examples, "--format", "json");
        var second = await NexusProcess.RunAsync(temp.Path, "ingest", Examples, "--format", "json");

        var examples = Directory.GetFiles(Examples, "*.txt").Length;
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"\"added\": {examples}", first.Out, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("\"added\": 0", second.Out, StringComparison.Ordinal);
        Assert.Contains($"\"already_stored\": {examples}", second.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "nexus.db")));
    }

    [Fact]
    public async Task EachBadInputGivesOneErrorLineWhileTheRestOfTheBatchGoesIn()
    {
        using var temp = new TempFolder();
        var good = temp.File("in/good.txt", "Afghan forces arrested ISKP leader Aslam Farooqi in Kabul in 2020, officials said.");
        var empty = temp.File("in/empty.txt", "");
        var binary = temp.File("in/blob.bin", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x7F, 0x00]);
        var invalid = temp.File("in/latin1.txt", [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'s', (byte)'a', (byte)'i', (byte)'d', (byte)'.']);
        var missing = Path.Combine(temp.Path, "in", "missing.txt");

        var run = await NexusProcess.RunAsync(temp.Path, "ingest", good, empty, binary, invalid, missing);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal(4, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("nexus: ", line, StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("blob.bin", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("latin1.txt", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("missing.txt", StringComparison.Ordinal));
        Assert.Contains("Added 1 document", run.Out, StringComparison.Ordinal);
        var entities = await NexusProcess.RunAsync(temp.Path, "entities", "--query", "Farooqi");
        Assert.Contains("Aslam Farooqi", entities.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadInputLaterLosesNothingAlreadyStored()
    {
        using var temp = new TempFolder();
        await NexusProcess.RunAsync(temp.Path, "ingest", Examples);

        var bad = await NexusProcess.RunAsync(temp.Path, "ingest", temp.File("zero.txt", ""));
        var entities = await NexusProcess.RunAsync(temp.Path, "entities", "--format", "json", "--query", "Katiba");

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("Katiba Serma", entities.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownMarkingIsAUsageError()
    {
        using var temp = new TempFolder();

        var run = await NexusProcess.RunAsync(temp.Path, "ingest", Examples, "--marking", "TLP:PURPLE");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.False(File.Exists(Path.Combine(temp.Path, "nexus.db")));
    }
}
