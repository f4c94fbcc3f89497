namespace Nexus.Storage;

/// <summary>
/// A full-text search match with a short snippet of plain text around the best match. Rank is the
/// relevance, higher is better, comparable within one result list only.
/// </summary>
public sealed record SearchHit(string DocumentId, string? Title, string Snippet, double Rank)
{
    /// <summary>
    /// The matched words as spans into <see cref="Snippet"/>. The snippet is raw document text, never
    /// markup: a web page escapes it and wraps these spans itself.
    /// </summary>
    public ImmutableArray<TextSpan> Highlights { get; init; } = [];
}
