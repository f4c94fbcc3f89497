namespace Nexus.Ingest.Tests;

/// <summary>The reference article, as scraped with its site chrome, read from ../shared.</summary>
public sealed class ReferenceArticleTests
{
    private static readonly ReferenceArticle Article = ReferenceArticle.Load();

    private static async Task<Document> ReadAsync()
    {
        var results = new List<IngestResult>();
        await foreach (var result in DocumentSource.ReadFileAsync(RepoPaths.ReferenceArticle, Harness.Options))
        {
            results.Add(result);
        }
        var single = Assert.Single(results);
        Assert.True(single.Succeeded, single.Error);
        return single.Document!;
    }

    [Theory]
    [InlineData("Latest News")]
    [InlineData("More From Open Blog")]
    [InlineData("Go to Home Page")]
    [InlineData("Site Index")]
    [InlineData("The Asian Age")]
    [InlineData("Published:")]
    [InlineData("Written by")]
    [InlineData("MEMRI Senior Research Fellow")]
    [InlineData("Source: Memri.org")]
    [InlineData("(Source: Wion)")]
    [InlineData(ReferenceArticle.Author)]
    [InlineData(ReferenceArticle.Title)]
    public async Task ChromeLineDoesNotReachTheText(string chrome)
    {
        var document = await ReadAsync();

        Assert.DoesNotContain(chrome, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedDateAndTimeComeFromTheDateLineWithItsNbsp()
    {
        var document = await ReadAsync();

        Assert.Contains('\u00A0', Article.PublishedLine);
        Assert.Equal(new DateOnly(2026, 2, 27), document.Metadata.Published);
        Assert.Equal(new TimeOnly(15, 49), document.Metadata.PublishedTime);
    }

    [Fact]
    public async Task TitleLosesTheBylineNameGluedToItsEnd()
    {
        var document = await ReadAsync();

        Assert.EndsWith(ReferenceArticle.Author, Article.TitleLine, StringComparison.Ordinal);
        Assert.Equal(ReferenceArticle.Title, document.Metadata.Title);
    }

    [Fact]
    public async Task WrittenByLineGivesTheAuthor()
    {
        var document = await ReadAsync();

        Assert.Equal<string>([ReferenceArticle.Author], document.Metadata.Authors);
    }

    [Fact]
    public async Task SourceLineGivesTheOriginalPublisher()
    {
        var document = await ReadAsync();

        Assert.Equal("Memri.org", document.Metadata.Origin);
    }

    [Fact]
    public async Task CaptionStaysAsItsOwnParagraphWithItsCreditLifted()
    {
        var document = await ReadAsync();

        var paragraphs = Harness.Paragraphs(document);
        Assert.Equal(Article.Caption, paragraphs[0]);
        Assert.StartsWith("ISKP Balochistan coordinator,", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("confirming their collaboration.", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("The arrest of Mehmet", paragraphs[1], StringComparison.Ordinal);
        Assert.Equal<string>(["Wion"], document.Metadata.Credits);
    }

    [Fact]
    public async Task EveryBodyParagraphIsKeptWordForWordInOrder()
    {
        var document = await ReadAsync();

        var expected = new[] { Article.Caption }.Concat(Article.Body.Select(Normalise)).ToList();
        Assert.Equal(expected, Harness.Paragraphs(document));
    }

    [Fact]
    public async Task TextIsNormalisedButKeepsBlankLinesBetweenParagraphs()
    {
        var document = await ReadAsync();

        Assert.DoesNotContain('\r', document.Text);
        Assert.DoesNotContain('\u00A0', document.Text);
        Assert.DoesNotContain("  ", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", document.Text, StringComparison.Ordinal);
        Assert.Equal(Article.Body.Count + 1, document.Text.Split("\n\n").Length);
        Assert.Equal(document.Text.Trim(), document.Text);
    }

    [Fact]
    public async Task IdIsTheHashOfTheCleanTextAndFormatAndSourceAreRecorded()
    {
        var document = await ReadAsync();

        Assert.Equal(Document.IdOf(document.Text), document.Id);
        Assert.Equal("text", document.Metadata.Format);
        Assert.Equal(RepoPaths.ReferenceArticle, document.Metadata.Source);
    }

    private static string Normalise(string line) => string.Join(' ', line.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
