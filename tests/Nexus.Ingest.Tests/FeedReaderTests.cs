namespace Nexus.Ingest.Tests;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>The Valley Monitor</title>
          <link>https://valley.example/</link>
          <description>News from the valley</description>
          <item>
            <title>Militia leaders meet in the valley</title>
            <link>https://valley.example/2026/03/militia-meeting</link>
            <pubDate>Tue, 03 Mar 2026 08:30:00 +0500</pubDate>
            <author>desk@valley.example (Lena Okafor)</author>
            <description><![CDATA[<p>Three militia commanders met in the valley town last week to divide control of the smuggling routes.</p><p>"It was a business meeting," a local elder said.</p><p><a href="https://valley.example/more">Read more »</a></p>]]></description>
          </item>
          <item>
            <title>Checkpoint revenue dispute</title>
            <link>https://valley.example/2026/03/checkpoints</link>
            <pubDate>Wed, 04 Mar 2026 10:00:00 +0500</pubDate>
            <dc:creator>Tomas Ridel</dc:creator>
            <description>The commanders reportedly agreed to share checkpoint revenue, though none of them has said so in public.</description>
          </item>
          <item>
            <title>Photo gallery</title>
            <link>https://valley.example/gallery</link>
            <description><![CDATA[<a href="/gallery">View gallery</a>]]></description>
          </item>
        </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Border Notes</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2026-02-27T10:00:00Z</updated>
          <entry>
            <title>Crossing hours to change</title>
            <link href="https://border.example/notes/hours"/>
            <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
            <published>2026-02-27T09:15:00Z</published>
            <updated>2026-02-27T10:00:00Z</updated>
            <author><name>Sami al-Hakim</name></author>
            <content type="html">&lt;p&gt;The ministry will change opening hours at four crossings after consulting transport unions.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    [Fact]
    public async Task RssGivesOneDocumentPerItemInOrder()
    {
        var results = await Harness.ReadAsync("valley.xml", Rss);

        Assert.Equal(3, results.Count);
        Assert.Equal(["item 1", "item 2", "item 3"], results.Select(r => r.Item));
        Assert.All(results, r => Assert.Equal("valley.xml", r.Source));
    }

    [Fact]
    public async Task RssItemCarriesTitleLinkDateAuthorAndPublisher()
    {
        var first = (await Harness.ReadAsync("valley.xml", Rss))[0].Document!;

        Assert.Equal("Militia leaders meet in the valley", first.Metadata.Title);
        Assert.Equal("https://valley.example/2026/03/militia-meeting", first.Metadata.Source);
        Assert.Equal(new DateOnly(2026, 3, 3), first.Metadata.Published);
        Assert.Equal(new TimeOnly(8, 30), first.Metadata.PublishedTime);
        Assert.Equal<string>(["Lena Okafor"], first.Metadata.Authors);
        Assert.Equal("The Valley Monitor", first.Metadata.Publisher);
        Assert.Equal("feed", first.Metadata.Format);
    }

    [Fact]
    public async Task RssDescriptionHtmlBecomesTextWithoutItsReadMoreLink()
    {
        var first = (await Harness.ReadAsync("valley.xml", Rss))[0].Document!;

        Assert.Equal(
            "Three militia commanders met in the valley town last week to divide control of the smuggling routes.\n\n\"It was a business meeting,\" a local elder said.",
            first.Text);
    }

    [Fact]
    public async Task DublinCoreCreatorIsTheAuthor()
    {
        var second = (await Harness.ReadAsync("valley.xml", Rss))[1].Document!;

        Assert.Equal<string>(["Tomas Ridel"], second.Metadata.Authors);
        Assert.StartsWith("The commanders reportedly agreed", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemWithOnlyALinkIsAnErrorAndTheOthersStillCome()
    {
        var results = await Harness.ReadAsync("valley.xml", Rss);

        Assert.True(results[0].Succeeded);
        Assert.True(results[1].Succeeded);
        Assert.Equal("Item 3 of valley.xml has no article text.", results[2].Error);
    }

    [Fact]
    public async Task AtomEntryCarriesItsFields()
    {
        var document = (await Harness.DocumentAsync("border.atom", Atom));

        Assert.Equal("Crossing hours to change", document.Metadata.Title);
        Assert.Equal("https://border.example/notes/hours", document.Metadata.Source);
        Assert.Equal(new DateOnly(2026, 2, 27), document.Metadata.Published);
        Assert.Equal<string>(["Sami al-Hakim"], document.Metadata.Authors);
        Assert.Equal("Border Notes", document.Metadata.Publisher);
        Assert.Equal("The ministry will change opening hours at four crossings after consulting transport unions.", document.Text);
    }
}
