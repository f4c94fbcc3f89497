using AngleSharp.Dom;
using Nexus.Ingest.Cleaning;
using Nexus.Ingest.Metadata;

namespace Nexus.Ingest.Html;

/// <summary>
/// What a page's markup states about its article: Open Graph and article: meta tags, meta author,
/// byline elements, &lt;time datetime&gt;, JSON-LD NewsArticle, and the &lt;title&gt;.
/// </summary>
internal static class HtmlMetadata
{
    public static (ArticleHints Hints, string? Publisher) Read(IDocument document, DateOrder order)
    {
        var jsonLd = JsonLdArticle.Find(document);
        var publisher = Meta(document, "og:site_name") ?? jsonLd?.Publisher ?? Meta(document, "application-name");
        var title = Meta(document, "og:title") ?? jsonLd?.Headline ?? Meta(document, "twitter:title")
            ?? Text(document.QuerySelector("article h1") ?? document.QuerySelector("h1"))
            ?? PageTitle(document, publisher);
        var published = DateParser.ParseMachine(Meta(document, "article:published_time"))
            ?? DateParser.ParseMachine(jsonLd?.DatePublished)
            ?? DateParser.ParseMachine(Meta(document, "date") ?? Meta(document, "pubdate") ?? Meta(document, "publishdate")
                ?? Meta(document, "dc.date") ?? Meta(document, "dc.date.issued") ?? Meta(document, "sailthru.date"))
            ?? DateParser.ParseMachine(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content"))
            ?? DateParser.ParseMachine((document.QuerySelector("[itemprop=datePublished][datetime]")
                ?? document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]"))?.GetAttribute("datetime"));
        var hints = new ArticleHints
        {
            Title = title,
            Authors = Authors(document, jsonLd, order),
            Published = published?.Date,
            PublishedTime = published?.Time,
        };
        return (hints, publisher);
    }

    private static ImmutableArray<string> Authors(IDocument document, JsonLdArticle? jsonLd, DateOrder order)
    {
        if (jsonLd is { Authors.Length: > 0 })
        {
            return jsonLd.Authors;
        }
        if (Meta(document, "author") is { } metaAuthor && Names(metaAuthor) is { Length: > 0 } metaNames)
        {
            return metaNames;
        }
        if (Meta(document, "article:author") is { } articleAuthor && !articleAuthor.Contains("://", StringComparison.Ordinal)
            && Names(articleAuthor) is { Length: > 0 } articleNames)
        {
            return articleNames;
        }
        foreach (var element in document.QuerySelectorAll("[rel=author], [itemprop=author], .byline, .author"))
        {
            var text = TextNormalizer.NormalizeLine(element.TextContent);
            if (BylineParser.TryParse(text, order) is { } byline)
            {
                return byline.Authors;
            }
            if (Names(text) is { Length: > 0 } names)
            {
                return names;
            }
        }
        return [];
    }

    private static ImmutableArray<string> Names(string text) =>
        PersonNames.SplitNames(TextNormalizer.NormalizeLine(text), 1) is { } names ? [.. names] : [];

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { } content
                && TextNormalizer.NormalizeLine(content) is { Length: > 0 } value)
            {
                return value;
            }
        }
        return null;
    }

    private static string? Text(IElement? element) =>
        element is null ? null : TextNormalizer.NormalizeLine(element.TextContent) is { Length: > 0 } text ? text : null;

    /// <summary>The &lt;title&gt; without a trailing " | Site" or " - Site" naming the publisher, or a few words shorter than the headline.</summary>
    private static string? PageTitle(IDocument document, string? publisher)
    {
        if (Text(document.QuerySelector("title")) is not { } title)
        {
            return null;
        }
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " » " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var site = title[(at + separator.Length)..];
                if ((publisher is not null && site.Equals(publisher, StringComparison.OrdinalIgnoreCase)) || (site.Split(' ').Length <= 4 && site.Length < at))
                {
                    return title[..at].Trim();
                }
            }
        }
        return title;
    }
}
