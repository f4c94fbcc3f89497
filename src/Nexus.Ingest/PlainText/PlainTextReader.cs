using Nexus.Ingest.Cleaning;
using Nexus.Ingest.Reading;

namespace Nexus.Ingest.PlainText;

/// <summary>Plain or scraped text: the article is cut out of its site chrome line by line.</summary>
internal sealed class PlainTextReader : IDocumentReader
{
    private static readonly FrozenSet<string> Extensions =
        new[] { "", ".txt", ".text", ".md", ".markdown", ".rst", ".asc" }.ToFrozenSet(StringComparer.Ordinal);

    public string Format => "text";

    public bool CanRead(SourceFile file) => file.Text is not null && Extensions.Contains(file.Extension);

    public IAsyncEnumerable<IngestResult> ReadAsync(SourceFile file, IngestOptions options, CancellationToken cancellationToken)
    {
        var article = ArticleExtractor.Extract(TextBlocks.FromPlainText(file.Text!), ArticleHints.None, options.DateOrder);
        return new[] { DocumentFactory.Create(file, article, new DocumentMetadata { Format = Format }, options) }.ToAsyncEnumerable();
    }
}
