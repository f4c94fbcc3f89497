namespace Nexus.Ingest;

/// <summary>
/// One outcome of reading: a document, or one sentence saying why a file (or one item of a feed or
/// JSON Lines file) gave none. Errors are values so that one bad file never stops a batch.
/// </summary>
public sealed record IngestResult
{
    private IngestResult(string source, string? item, Document? document, string? error)
    {
        Source = source;
        Item = item;
        Document = document;
        Error = error;
    }

    /// <summary>The path the result was read from, as walked from the caller's path.</summary>
    public string Source { get; }

    /// <summary>Which part of a multi-document file ("item 3", "line 12"); null for a whole file.</summary>
    public string? Item { get; }

    public Document? Document { get; }

    /// <summary>One clear sentence, e.g. "notes.bin is a binary file, not a document."</summary>
    public string? Error { get; }

    public bool Succeeded => Document is not null;

    public static IngestResult Success(string source, Document document, string? item = null) =>
        new(source, item, document, null);

    public static IngestResult Failure(string source, string error, string? item = null) =>
        new(source, item, null, error);
}
