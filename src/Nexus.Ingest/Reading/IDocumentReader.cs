namespace Nexus.Ingest.Reading;

/// <summary>
/// Turns one file of one format into documents. Readers are tried in a fixed order and the first
/// whose <see cref="CanRead"/> accepts the file (by content sniffing, then extension) reads it.
/// </summary>
internal interface IDocumentReader
{
    /// <summary>The <see cref="DocumentMetadata.Format"/> this reader stamps: "text", "html", "pdf", "feed", "json".</summary>
    string Format { get; }

    bool CanRead(SourceFile file);

    /// <summary>One result per document, or per item that could not become one; never throws for bad content.</summary>
    IAsyncEnumerable<IngestResult> ReadAsync(SourceFile file, IngestOptions options, CancellationToken cancellationToken);
}
