using Nexus.Ingest.Cleaning;

namespace Nexus.Ingest.Reading;

/// <summary>Stamps the caller's options on a reader's text and metadata and makes the document.</summary>
internal static class DocumentFactory
{
    public static IngestResult Create(SourceFile file, string text, DocumentMetadata metadata, IngestOptions options, string? item = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestResult.Failure(file.Path, $"{Describe(file, item)} has no article text.", item);
        }
        var stamped = metadata with
        {
            Publisher = options.Publisher ?? metadata.Publisher,
            Source = metadata.Source ?? file.Path,
            Retrieved = options.TimeProvider.GetUtcNow(),
            Marking = options.Marking,
            Reliability = options.Reliability,
        };
        return IngestResult.Success(file.Path, Document.Create(text, stamped), item);
    }

    /// <summary>A document from an extracted article; the metadata's own fields win over the article's.</summary>
    public static IngestResult Create(SourceFile file, ArticleText article, DocumentMetadata metadata, IngestOptions options, string? item = null) =>
        Create(file, article.Text, metadata with
        {
            Title = metadata.Title ?? article.Title,
            Authors = metadata.Authors.IsDefaultOrEmpty ? article.Authors : metadata.Authors,
            Published = metadata.Published ?? article.Published,
            PublishedTime = metadata.Published is null ? article.PublishedTime : metadata.PublishedTime,
            Origin = metadata.Origin ?? article.Origin,
            Credits = article.Credits,
        }, options, item);

    /// <summary>How an error sentence starts: "notes.txt", or "Line 3 of items.jsonl" for one item of a file.</summary>
    public static string Describe(SourceFile file, string? item) =>
        item is null ? file.Name : $"{char.ToUpperInvariant(item[0])}{item[1..]} of {file.Name}";
}
