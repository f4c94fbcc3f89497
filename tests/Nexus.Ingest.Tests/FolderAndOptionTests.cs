namespace Nexus.Ingest.Tests;

public sealed class FolderAndOptionTests
{
    private const string Prose = "Analysts at the institute believe the shift follows a crackdown on two brokers who had controlled the trade.";

    [Fact]
    public async Task FoldersAreWalkedRecursivelyInOrdinalOrderSkippingHiddenEntries()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "b.txt", "B.txt", "a/z.txt", "a/b/c.txt", "_x.txt", ".hidden.txt", ".git/config.txt", "a/.cache/d.txt" })
        {
            folder.Write(name, $"{Prose} ({name})");
        }

        var results = await Harness.ReadPathsAsync([folder.Path], Harness.Options with { MaxParallelism = 3 });

        Assert.Equal(
            ["B.txt", "_x.txt", "a/b/c.txt", "a/z.txt", "b.txt"],
            results.Select(r => Path.GetRelativePath(folder.Path, r.Source).Replace('\\', '/')));
    }

    [Fact]
    public async Task ParallelReadingYieldsTheSameResultsInTheSameOrderAsSerial()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"doc{i:D2}.txt", $"{Prose} Number {i}.");
        }

        var serial = await Harness.ReadPathsAsync([folder.Path], Harness.Options with { MaxParallelism = 1 });
        var parallel = await Harness.ReadPathsAsync([folder.Path], Harness.Options with { MaxParallelism = 4 });

        Assert.Equal(serial.Select(r => r.Document!.Id), parallel.Select(r => r.Document!.Id));
        Assert.Equal(20, parallel.Select(r => r.Document!.Id).Distinct().Count());
    }

    [Fact]
    public async Task CallerOptionsAreStampedOnEveryDocument()
    {
        var retrieved = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var options = new IngestOptions
        {
            Marking = TlpMarking.Amber,
            Reliability = SourceReliability.B,
            Publisher = "The Asian Age",
            TimeProvider = new FixedTimeProvider(retrieved),
        };

        var document = await Harness.DocumentAsync("a.html", $"<html><head><meta property=\"og:site_name\" content=\"Other\"></head><body><p>{Prose}</p></body></html>", options);

        Assert.Equal(TlpMarking.Amber, document.Metadata.Marking);
        Assert.Equal(SourceReliability.B, document.Metadata.Reliability);
        Assert.Equal("The Asian Age", document.Metadata.Publisher);
        Assert.Equal(retrieved, document.Metadata.Retrieved);
    }

    [Fact]
    public async Task WithoutAnOverrideThePublisherIsThePagesOwn()
    {
        var document = await Harness.DocumentAsync("a.html", $"<html><head><meta property=\"og:site_name\" content=\"Harbor Watch\"></head><body><p>{Prose}</p></body></html>");

        Assert.Equal("Harbor Watch", document.Metadata.Publisher);
        Assert.Equal(TlpMarking.Clear, document.Metadata.Marking);
        Assert.Equal(SourceReliability.F, document.Metadata.Reliability);
    }

    [Fact]
    public async Task SameFileReadTwiceGivesTheSameId()
    {
        var first = await Harness.DocumentAsync("a.txt", Prose);
        var second = await Harness.DocumentAsync("b.txt", "Home | News\n\n" + Prose + "\n\nShare this article");

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public async Task CancellationStopsTheBatch()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Prose);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in DocumentSource.ReadAsync([folder.Path], Harness.Options, cancellation.Token))
            {
                Assert.Fail($"No result was expected, got {result.Source}.");
            }
        });
    }
}
