using Nexus.Ingest.Reading;

namespace Nexus.Ingest.Html;

/// <summary>HTML pages, parsed with AngleSharp.</summary>
internal sealed partial class HtmlReader : IDocumentReader
{
    public string Format => "html";

    public bool CanRead(SourceFile file) =>
        file.Text is not null && file.Head.StartsWith('<')
        && (file.Extension is ".html" or ".htm" or ".xhtml" || HtmlStart().IsMatch(file.Head));

    public IAsyncEnumerable<IngestResult> ReadAsync(SourceFile file, IngestOptions options, CancellationToken cancellationToken)
    {
        var (article, publisher) = HtmlArticle.Extract(file.Text!, Cleaning.ArticleHints.None, options.DateOrder);
        var metadata = new DocumentMetadata { Format = Format, Publisher = publisher };
        return new[] { DocumentFactory.Create(file, article, metadata, options) }.ToAsyncEnumerable();
    }

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
