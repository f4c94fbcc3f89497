using System.Net;

namespace Nexus.Ingest.Tests.Support;

/// <summary>
/// The reference article's body under other sites' chrome, built at test time: plain-text scrapes with
/// other menus, share and subscribe boxes, cookie notices, related-link lists and footers, a byline at
/// the top, and HTML renditions with nav, aside, footer, script and style.
/// </summary>
public static class ChromeVariants
{
    private static readonly string[] Header =
    [
        "Skip to main content",
        "The Frontier Ledger",
        "Home | World | South Asia | Security | Opinion | Podcasts",
        "We use cookies to improve your experience on our site. By continuing to browse you accept our use of cookies. Accept",
        "Search",
    ];

    private static readonly string[] Footer =
    [
        "Share this article",
        "Facebook Twitter WhatsApp Email",
        "Related: Pakistan rejects dossier claims | Kabul hosts security talks | Five things to know about ISKP",
        "Read more: The new geography of jihadist groups",
        "Subscribe to our newsletter",
        "Get the day's top stories in your inbox every morning.",
        "Follow us on Instagram and YouTube",
        "© 2026 The Frontier Ledger. All rights reserved.",
        "Privacy Policy | Terms of Use | Contact Us",
    ];

    public static IEnumerable<ChromeVariant> All(ReferenceArticle article) =>
    [
        OtherSiteText(article),
        BylineAtTop(article),
        MinimalText(article),
        SemanticHtml(article),
        DivSoupHtml(article),
    ];

    /// <summary>The scrape under another site's header and footer, keeping its own date, byline and source lines.</summary>
    public static ChromeVariant OtherSiteText(ReferenceArticle a) => new(
        "other site, plain text", "other-site.txt",
        Lines([.. Header, a.PublishedLine, a.TitleLine, a.CaptionLine, .. a.Body, a.BylineLine, a.SourceLine, .. Footer]),
        [.. Header, .. Footer]);

    /// <summary>A site that prints the byline and date under the headline instead of at the end.</summary>
    public static ChromeVariant BylineAtTop(ReferenceArticle a) => new(
        "byline at top", "byline-top.txt",
        Lines(["World News Desk", "Latest | Politics | Security", a.TitleLine, "By Anna Mahjar-Barducci | 27 Feb 2026", a.CaptionLine, .. a.Body, a.SourceLine, "Share", "Back to top"]),
        ["World News Desk", "Latest | Politics | Security", "By Anna", "Back to top"]);

    /// <summary>Almost no chrome: the date line, the headline, the body, the byline.</summary>
    public static ChromeVariant MinimalText(ReferenceArticle a) => new(
        "minimal text", "minimal.txt",
        Lines([a.PublishedLine, a.TitleLine, a.CaptionLine, .. a.Body, a.BylineLine, a.SourceLine]),
        []);

    /// <summary>An HTML page with semantic markup, meta tags, JSON-LD and furniture around the article.</summary>
    public static ChromeVariant SemanticHtml(ReferenceArticle a)
    {
        var body = string.Concat(a.Body.Select(p => $"<p>{E(p)}</p>\n"));
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8"><title>{{E(ReferenceArticle.Title)}} | The Frontier Ledger</title>
            <meta property="og:title" content="{{E(ReferenceArticle.Title)}}">
            <meta property="og:site_name" content="The Frontier Ledger">
            <meta property="article:published_time" content="2026-02-27T15:49:00+05:30">
            <meta name="author" content="{{ReferenceArticle.Author}}">
            <style>body { font-family: serif; } .nav a { color: red; }</style>
            <script>window.dataLayer = window.dataLayer || []; function track() { return "Latest News"; }</script>
            </head><body>
            <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
            <header><a href="/">The Frontier Ledger</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/security">Security</a></li></ul></nav></header>
            <main><article>
            <header><h1>{{E(ReferenceArticle.Title)}}</h1>
            <p class="byline">By <a href="/authors/amb">{{ReferenceArticle.Author}}</a></p>
            <time datetime="2026-02-27T15:49:00+05:30">27 February 2026</time></header>
            <figure><img src="pistol.jpg" alt=""><figcaption>{{E(a.Caption)}} (Source: Wion)</figcaption></figure>
            {{body}}<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <p>&gt;&gt; Source: <a href="https://www.memri.org">Memri.org</a></p>
            </article>
            <aside><h2>Latest News</h2><ul><li><a href="/a">Pakistan rejects dossier claims</a></li><li><a href="/b">Kabul hosts security talks</a></li></ul></aside>
            </main>
            <footer><p>© 2026 The Frontier Ledger. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
            <script>track();</script>
            </body></html>
            """;
        return new("semantic HTML", "semantic.html", html,
            ["We use cookies", "The Frontier Ledger", "Home", "Share on Facebook", "Latest News", "Pakistan rejects dossier claims", "All rights reserved", "Privacy Policy", "window.dataLayer", "font-family"]);
    }

    /// <summary>An old-style page of nested divs and tables with no semantic tags or telling class names.</summary>
    public static ChromeVariant DivSoupHtml(ReferenceArticle a)
    {
        var body = string.Concat(a.Body.Select(p => $"<div class=\"c3\">{E(p)}</div>\n"));
        var html = $$"""
            <html><head><title>{{E(ReferenceArticle.Title)}} - Frontier</title></head><body>
            <div class="c1"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/index">Site Index</a></div>
            <div class="c2"><div class="c3">Published: 03:49 PM, 27 February 2026</div>
            <div class="c4">{{E(a.TitleLine)}}</div>
            <div class="c3">{{E(a.CaptionLine)}}</div>
            {{body}}<div class="c3">{{E(a.BylineLine)}}</div>
            <div class="c3">{{E(a.SourceLine)}}</div></div>
            <table><tr><td><a href="/latest">Latest News</a></td><td><a href="/blog">More From Open Blog</a></td></tr></table>
            <div class="c9">Go to Home Page »</div>
            </body></html>
            """;
        return new("div-soup HTML", "soup.htm", html,
            ["Home", "Site Index", "Latest News", "More From Open Blog", "Go to Home Page", "Published:", "Written by"]);
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n\n", lines) + "\n";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
