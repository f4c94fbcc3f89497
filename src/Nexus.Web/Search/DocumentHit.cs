using Nexus.Web.Api;

namespace Nexus.Web.Search;

/// <summary>
/// A document that matches, with a plain-text snippet and the matched words as <c>[start, end)</c>
/// offsets into the snippet: the page escapes the snippet and marks the spans itself.
/// </summary>
public sealed record DocumentHit(string Id, string? Title, string Snippet, IReadOnlyList<SpanItem> Highlights, double Rank)
{
    public static DocumentHit From(SearchHit hit) =>
        new(hit.DocumentId, hit.Title, hit.Snippet, [.. hit.Highlights.Select(h => new SpanItem(h.Start, h.End))], hit.Rank);
}
