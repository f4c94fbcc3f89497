using Nexus.Engine.Extraction;
using Nexus.Storage;

namespace Nexus.Engine.Queries;

/// <summary>
/// A stored claim with global entities, holder, modality, time and evidence text: the shape the CLI
/// prints as JSON and the HTTP API returns.
/// </summary>
public sealed record ClaimView(
    string Id,
    EntityRefView Subject,
    Predicate Predicate,
    EntityRefView? Object,
    string? Role,
    string? Item,
    IReadOnlyList<string> Kinds,
    int? Count,
    TimeDto? Time,
    EntityRefView? Place,
    Modality Modality,
    string? Likelihood,
    Polarity Polarity,
    HolderView Holder,
    string? Cue,
    EvidenceDto Evidence,
    double Confidence,
    SourceView Source,
    bool Rejected)
{
    public static ClaimView From(StoredClaim stored)
    {
        var claim = stored.Claim;
        return new ClaimView(
            stored.Id,
            View(stored.Subject)!,
            claim.Predicate,
            View(stored.Object),
            claim.Role,
            claim.Item,
            [.. claim.Kinds],
            claim.Count,
            claim.Time is { } t ? new TimeDto(t.Text, Dates.Iso(t.Start), Dates.Iso(t.End), t.Granularity, t.Qualifier) : null,
            View(stored.Place),
            claim.Modality,
            claim.Likelihood,
            claim.Polarity,
            new HolderView(claim.Holder.Text, claim.Holder.Kind, View(stored.HolderEntity), HolderView.Outer(claim.Holder.Via)),
            claim.Cue,
            new EvidenceDto(claim.Evidence.Start, claim.Evidence.End, stored.EvidenceText),
            claim.Confidence,
            new SourceView(stored.DocumentId, stored.DocumentTitle, stored.Publisher, Dates.Iso(stored.DocumentPublished)),
            stored.Rejected);
    }

    private static EntityRefView? View(EntityRef? end) => end is null ? null : new(end.EntityId, end.Name, end.Type);
}
