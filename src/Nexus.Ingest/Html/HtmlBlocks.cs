using AngleSharp.Dom;

namespace Nexus.Ingest.Html;

/// <summary>
/// Flattens a page into block texts (one per paragraph, heading, list item, caption…) after dropping
/// what is never article text: scripts, styles, forms, navigation, asides, page headers and footers,
/// hidden elements, and containers whose class or id names a furniture role (cookie, share, related…).
/// </summary>
internal static partial class HtmlBlocks
{
    private static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "input", "textarea",
        "nav", "aside", "dialog", "canvas", "object", "embed", "video", "audio", "menu", "label",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt", "dd",
        "address", "hr", "br", "center", "caption", "summary", "details", "body",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ChromeRoles = new[]
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "alertdialog", "menu", "menubar",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<HtmlBlock> Of(IElement root)
    {
        var collector = new Collector();
        Walk(root, collector, insideArticle: IsArticle(root));
        collector.Flush();
        return collector.Blocks;
    }

    /// <summary>The element holding the article: a marked article body, the longest article, main, or the body.</summary>
    public static IElement Root(IDocument document)
    {
        var candidates = document.QuerySelectorAll("[itemprop=articleBody]").Concat(document.QuerySelectorAll("article")).ToList();
        if (candidates.Count > 0)
        {
            return candidates.MaxBy(e => e.TextContent.Length)!;
        }
        return document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body ?? document.DocumentElement;
    }

    private static void Walk(INode node, Collector collector, bool insideArticle)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                collector.Append(text.Data, insideLink: IsInsideLink(text));
            }
            else if (child is IElement element && !IsFurniture(element, insideArticle))
            {
                var isBlock = Blocks.Contains(element.LocalName);
                if (isBlock)
                {
                    collector.Flush();
                }
                Walk(element, collector, insideArticle || IsArticle(element));
                if (isBlock)
                {
                    collector.Flush();
                }
            }
        }
    }

    private static bool IsFurniture(IElement element, bool insideArticle)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name) || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || ChromeRoles.Contains(element.GetAttribute("role") ?? "")
            || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style)))
        {
            return true;
        }
        // A page's header and footer are furniture; an article's own header holds its headline and byline.
        if (name is "header" or "footer" && !insideArticle)
        {
            return true;
        }
        var names = $"{element.ClassName} {element.Id}";
        return !IsArticle(element) && UnlikelyName().IsMatch(names) && !LikelyName().IsMatch(names);
    }

    private static bool IsArticle(IElement element) =>
        element.LocalName is "article" or "main" || element.GetAttribute("itemprop") is "articleBody";

    private static bool IsInsideLink(INode node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "a")
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"cookie|consent|gdpr|share|sharing|social|newsletter|subscri|related|recommend|promo|advert|\bads?\b|sponsor|comment|sidebar|menu|breadcrumb|masthead|popup|modal|paywall|outbrain|taboola|footer|\bnav", RegexOptions.IgnoreCase)]
    private static partial Regex UnlikelyName();

    [GeneratedRegex(@"article|body|content|story|main|post-text|entry", RegexOptions.IgnoreCase)]
    private static partial Regex LikelyName();

    private sealed class Collector
    {
        private readonly StringBuilder text = new();
        private int linkChars;

        public List<HtmlBlock> Blocks { get; } = [];

        public void Append(string data, bool insideLink)
        {
            text.Append(data);
            if (insideLink)
            {
                linkChars += data.Count(c => !char.IsWhiteSpace(c));
            }
        }

        public void Flush()
        {
            var block = Cleaning.TextNormalizer.NormalizeLine(text.ToString().Replace('\n', ' ').Replace('\r', ' '));
            if (block.Length > 0)
            {
                var visible = block.Count(c => !char.IsWhiteSpace(c));
                Blocks.Add(new HtmlBlock(block, visible == 0 ? 0 : Math.Min(1.0, (double)linkChars / visible)));
            }
            text.Clear();
            linkChars = 0;
        }
    }
}
