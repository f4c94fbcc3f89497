using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Nexus.Ingest.Cleaning;
using Nexus.Ingest.Html;
using Nexus.Ingest.Metadata;
using Nexus.Ingest.Reading;

namespace Nexus.Ingest.Feeds;

/// <summary>
/// RSS and Atom feeds: one document per item, its content (or description) read through the HTML path,
/// its link as the source URI, the feed's title as the publisher.
/// </summary>
internal sealed partial class FeedDocumentReader : IDocumentReader
{
    public string Format => "feed";

    public bool CanRead(SourceFile file) => file.Text is not null && FeedStart().IsMatch(file.Head);

    public IAsyncEnumerable<IngestResult> ReadAsync(SourceFile file, IngestOptions options, CancellationToken cancellationToken) =>
        Read(file, options, cancellationToken).ToAsyncEnumerable();

    private IEnumerable<IngestResult> Read(SourceFile file, IngestOptions options, CancellationToken cancellationToken)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(file.Text!);
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            return [IngestResult.Failure(file.Path, $"{file.Name} is not a readable RSS or Atom feed: {e.Message.TrimEnd('.')}.")];
        }
        if (feed.Items.Count == 0)
        {
            return [IngestResult.Failure(file.Path, $"{file.Name} is a feed with no items.")];
        }
        var publisher = TextNormalizer.NormalizeLine(feed.Title ?? "") is { Length: > 0 } title ? title : null;
        return feed.Items.Select((item, index) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ReadItem(file, item, $"item {index + 1}", publisher, options);
        }).ToList();
    }

    private IngestResult ReadItem(SourceFile file, FeedItem item, string label, string? publisher, IngestOptions options)
    {
        var published = DateParser.ParseMachine(item.PublishingDateString);
        var hints = new ArticleHints
        {
            Title = TextNormalizer.NormalizeLine(item.Title ?? "") is { Length: > 0 } title ? title : null,
            Authors = Author(string.IsNullOrWhiteSpace(item.Author) ? Creator(item) : item.Author),
            Published = published?.Date,
            PublishedTime = published?.Time,
        };
        var html = string.IsNullOrWhiteSpace(item.Content) ? item.Description ?? "" : item.Content;
        var (article, _) = HtmlArticle.Extract(html, hints, options.DateOrder);
        var metadata = new DocumentMetadata
        {
            Format = Format,
            Publisher = publisher,
            Source = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
        };
        return DocumentFactory.Create(file, article, metadata, options, label);
    }

    private static string? Creator(FeedItem item) => item.SpecificItem switch
    {
        Rss20FeedItem rss => rss.DC?.Creator,
        Rss10FeedItem rdf => rdf.DC?.Creator,
        _ => null,
    };

    /// <summary>RSS gives "jane@example.org (Jane Doe)" or a plain name; Atom and dc:creator a name.</summary>
    private static ImmutableArray<string> Author(string? author)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            return [];
        }
        var value = EmailWithName().Match(author) is { Success: true } match ? match.Groups["name"].Value : author;
        value = TextNormalizer.NormalizeLine(value);
        return value.Contains('@', StringComparison.Ordinal) || value.Length == 0
            ? []
            : [.. PersonNames.SplitNames(value, 1) ?? [value]];
    }

    [GeneratedRegex(@"^(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b", RegexOptions.Singleline)]
    private static partial Regex FeedStart();

    [GeneratedRegex(@"^\s*\S+@\S+\s*\((?<name>[^)]+)\)\s*$")]
    private static partial Regex EmailWithName();
}
