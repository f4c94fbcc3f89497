using AngleSharp.Html.Parser;
using Nexus.Ingest.Cleaning;
using Nexus.Ingest.Metadata;

namespace Nexus.Ingest.Html;

/// <summary>
/// The article of an HTML page or fragment: markup-stated metadata, then the page's blocks through
/// the same line-level boilerplate removal as scraped text, with link-dense blocks (menus, "related"
/// lists) dropped first, as readability-style extractors do.
/// </summary>
internal static class HtmlArticle
{
    private const double MaxLinkDensity = 0.5;

    /// <summary>The article; <paramref name="given"/> (a feed item's title, author, date) wins over the markup.</summary>
    public static (ArticleText Article, string? Publisher) Extract(string html, ArticleHints given, DateOrder order)
    {
        var document = new HtmlParser().ParseDocument(html);
        var (found, publisher) = HtmlMetadata.Read(document, order);
        var hints = new ArticleHints
        {
            Title = given.Title ?? found.Title,
            Authors = given.Authors.IsDefaultOrEmpty ? found.Authors : given.Authors,
            Published = given.Published ?? found.Published,
            PublishedTime = given.Published is null ? found.PublishedTime : given.PublishedTime,
        };
        var blocks = HtmlBlocks.Of(HtmlBlocks.Root(document))
            .Where(b => b.LinkDensity <= MaxLinkDensity || IsMetadataLine(b.Text, order))
            .Select(b => b.Text)
            .ToList();
        return (ArticleExtractor.Extract(blocks, hints, order), publisher);
    }

    // A linked byline or source line ("By <a>Name</a>") still carries its facts.
    private static bool IsMetadataLine(string text, DateOrder order) =>
        BylineParser.TryParse(text, order) is not null || OriginParser.TryParse(text) is not null;
}
