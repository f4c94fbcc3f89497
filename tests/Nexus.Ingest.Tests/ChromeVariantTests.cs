namespace Nexus.Ingest.Tests;

/// <summary>
/// The decision rule generalises: the same body under other chrome gives the same words, the same
/// text and so the same document id, and none of the chrome.
/// </summary>
public sealed class ChromeVariantTests
{
    private static readonly ReferenceArticle Article = ReferenceArticle.Load();

    public static TheoryData<string> Variants() => [.. ChromeVariants.All(Article).Select(v => v.Name)];

    private static ChromeVariant Variant(string name) => ChromeVariants.All(Article).Single(v => v.Name == name);

    private static Task<Document> OriginalAsync() => Harness.DocumentAsync("iskp-let-nexus.txt", Article.Raw);

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task SameBodyUnderOtherChromeGivesTheSameTextAndDocumentId(string name)
    {
        var variant = Variant(name);
        var original = await OriginalAsync();

        var document = await Harness.DocumentAsync(variant.FileName, variant.Content);

        Assert.Equal(original.Text, document.Text);
        Assert.Equal(original.Id, document.Id);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task NoChromeLineSurvives(string name)
    {
        var variant = Variant(name);

        var document = await Harness.DocumentAsync(variant.FileName, variant.Content);

        foreach (var paragraph in Harness.Paragraphs(document))
        {
            Assert.DoesNotContain(variant.Chrome, chrome => paragraph.StartsWith(chrome, StringComparison.Ordinal) || paragraph.EndsWith(chrome, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(variant.Chrome, chrome => chrome.Length > 12 && document.Text.Contains(chrome, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task MetadataSurvivesTheChange(string name)
    {
        var variant = Variant(name);

        var document = await Harness.DocumentAsync(variant.FileName, variant.Content);

        Assert.Equal(ReferenceArticle.Title, document.Metadata.Title);
        Assert.Equal<string>([ReferenceArticle.Author], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2026, 2, 27), document.Metadata.Published);
        Assert.Equal("Memri.org", document.Metadata.Origin);
        Assert.Equal<string>(["Wion"], document.Metadata.Credits);
    }

    [Fact]
    public async Task BylineAtTopGivesAuthorAndDateWithoutTime()
    {
        var variant = ChromeVariants.BylineAtTop(Article);

        var document = await Harness.DocumentAsync(variant.FileName, variant.Content);

        Assert.Equal(new DateOnly(2026, 2, 27), document.Metadata.Published);
        Assert.Null(document.Metadata.PublishedTime);
    }

    [Fact]
    public async Task HtmlMetaTagsGivePublisherAndPrintedTime()
    {
        var variant = ChromeVariants.SemanticHtml(Article);

        var document = await Harness.DocumentAsync(variant.FileName, variant.Content);

        Assert.Equal("The Frontier Ledger", document.Metadata.Publisher);
        Assert.Equal(new TimeOnly(15, 49), document.Metadata.PublishedTime);
        Assert.Equal("html", document.Metadata.Format);
    }
}
