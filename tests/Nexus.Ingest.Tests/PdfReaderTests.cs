namespace Nexus.Ingest.Tests;

public sealed class PdfReaderTests
{
    private static byte[] Brief() => PdfSamples.Build(
    [
        [
            ["Customs officials reported a sharp drop in seizures along the southern", "corridor last year."],
            ["Inspections further north found more contra-", "band hidden in fishing vessels, and the institute believes the shift", "follows a crackdown on two brokers who had controlled the"],
        ],
        [
            ["southern trade since 2019."],
            ["The brokers were arrested in January, according to court filings."],
        ],
        [
            ["Fishermen say they are approached at night."],
        ],
    ], title: "Smuggling Routes Shift North", author: "Lena Okafor; Tomas Ridel");

    [Fact]
    public async Task PagesJoinIntoParagraphsWithoutRunningHeadersFootersOrPageNumbers()
    {
        var document = (await Harness.ReadAsync("brief.pdf", Brief()))[0].Document!;

        Assert.Equal<string>(
        [
            "Customs officials reported a sharp drop in seizures along the southern corridor last year.",
            "Inspections further north found more contraband hidden in fishing vessels, and the institute believes the shift follows a crackdown on two brokers who had controlled the southern trade since 2019.",
            "The brokers were arrested in January, according to court filings.",
            "Fishermen say they are approached at night.",
        ], Harness.Paragraphs(document));
    }

    [Fact]
    public async Task InfoDictionaryGivesTitleAuthorsAndDate()
    {
        var document = (await Harness.ReadAsync("brief.pdf", Brief()))[0].Document!;

        Assert.Equal("Smuggling Routes Shift North", document.Metadata.Title);
        Assert.Equal<string>(["Lena Okafor", "Tomas Ridel"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2025, 1, 14), document.Metadata.Published);
        Assert.Equal("pdf", document.Metadata.Format);
    }

    [Fact]
    public async Task PdfWithoutTextIsOneClearError()
    {
        var blank = PdfSamples.Build([]);

        var result = Assert.Single(await Harness.ReadAsync("scan.pdf", blank));

        Assert.Equal("scan.pdf has no text layer (a scanned PDF needs OCR first).", result.Error);
    }

    [Fact]
    public async Task TruncatedPdfIsAnErrorNotAnException()
    {
        var broken = Brief()[..400];

        var result = Assert.Single(await Harness.ReadAsync("broken.pdf", broken));

        Assert.False(result.Succeeded);
        Assert.StartsWith("broken.pdf ", result.Error, StringComparison.Ordinal);
    }
}
