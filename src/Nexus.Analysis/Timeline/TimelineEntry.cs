using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Timeline;

/// <summary>
/// A dated claim on a timeline: when, with the precision it was written with, what, how the assertion
/// is graded, and the claim itself (its time, holder, modality and words). Copies of one story's claim
/// make one entry.
/// </summary>
public sealed record TimelineEntry
{
    /// <summary>The day the entry is ordered by: the start of the claim's interval, else its end, else (undated) its publication date.</summary>
    public required DateOnly? Date { get; init; }

    /// <summary>The precision of the time as written ("June 2025" is a month); null when undated.</summary>
    public TimeGranularity? Granularity { get; init; }

    /// <summary>False when the claim has no time of its own and sits at its document's publication date.</summary>
    public required bool Dated { get; init; }

    /// <summary>True for events (attacked, killed, arrested, detained, met with, died, responsible for); false for standing relations.</summary>
    public required bool IsEvent { get; init; }

    public required string Statement { get; init; }

    public required string Assertion { get; init; }

    public required AdmiraltyGrade Grade { get; init; }

    public required ClaimEvidence Claim { get; init; }
}
