namespace Nexus.Ingest.Tests;

public sealed class HtmlMetadataTests
{
    private const string Body = "<p>Inspectors found that four crossings lacked working scanners and that staff at two of them had not been vetted since 2018.</p>";

    [Fact]
    public async Task JsonLdNewsArticleGivesHeadlineDateAuthorsAndPublisher()
    {
        var html = $$$"""
            <html><head><title>Ignored | Site</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Border Notes"},
              {"@type": "NewsArticle", "headline": "Crossings lack scanners", "datePublished": "2024-11-14T18:30:00+05:00",
               "author": [{"@type": "Person", "name": "Sami al-Hakim"}, {"@type": "Person", "name": "Lena Okafor"}],
               "publisher": {"@type": "Organization", "name": "Border Notes"}}]}
            </script></head><body><article>{{{Body}}}</article></body></html>
            """;

        var document = await Harness.DocumentAsync("a.html", html);

        Assert.Equal("Crossings lack scanners", document.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 11, 14), document.Metadata.Published);
        Assert.Equal(new TimeOnly(18, 30), document.Metadata.PublishedTime);
        Assert.Equal<string>(["Sami al-Hakim", "Lena Okafor"], document.Metadata.Authors);
        Assert.Equal("Border Notes", document.Metadata.Publisher);
    }

    [Fact]
    public async Task BylineElementAndTimeElementAreReadWhenMetaTagsAreMissing()
    {
        var html = $"""
            <html><head><title>Crossings lack scanners - Border Notes</title></head><body>
            <article><h1>Crossings lack scanners</h1><div class="byline">By Sami al-Hakim and Lena Okafor</div>
            <time datetime="2024-11-14">14 November 2024</time>{Body}</article></body></html>
            """;

        var document = await Harness.DocumentAsync("a.html", html);

        Assert.Equal("Crossings lack scanners", document.Metadata.Title);
        Assert.Equal<string>(["Sami al-Hakim", "Lena Okafor"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2024, 11, 14), document.Metadata.Published);
        Assert.Null(document.Metadata.PublishedTime);
        Assert.StartsWith("Inspectors found", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageTitleLosesItsSiteSuffix()
    {
        var html = $"<html><head><title>Crossings lack scanners | Border Notes</title></head><body>{Body}</body></html>";

        var document = await Harness.DocumentAsync("a.html", html);

        Assert.Equal("Crossings lack scanners", document.Metadata.Title);
    }

    [Fact]
    public async Task ScriptsStylesAndHiddenElementsNeverReachTheText()
    {
        var html = $"""
            <html><head><style>p {"{"} color: red; {"}"}</style></head><body>
            <script>var latest = "breaking";</script><noscript>Enable JavaScript</noscript>
            <div hidden>Hidden teaser paragraph that is long enough to look like a real sentence of prose.</div>
            <div style="display:none">Another hidden paragraph that is long enough to look like prose to a scorer.</div>
            {Body}</body></html>
            """;

        var document = await Harness.DocumentAsync("a.html", html);

        Assert.Equal("Inspectors found that four crossings lacked working scanners and that staff at two of them had not been vetted since 2018.", document.Text);
    }
}
