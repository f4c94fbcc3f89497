using Nexus.Engine;

namespace Nexus.Web.Documents;

/// <summary>A document in a listing.</summary>
public sealed record DocumentItem(
    string Id,
    string? Title,
    string? Publisher,
    string? Published,
    string Reliability,
    string Marking,
    int Length,
    int Mentions,
    int Claims)
{
    public static DocumentItem From(DocumentSummary summary) => new(
        summary.Id,
        summary.Metadata.Title,
        summary.Metadata.Publisher,
        Dates.Iso(summary.Metadata.Published),
        summary.Metadata.Reliability.ToString(),
        Tlp.Format(summary.Metadata.Marking),
        summary.Length,
        summary.MentionCount,
        summary.ClaimCount);
}
