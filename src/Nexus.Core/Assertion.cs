namespace Nexus.Core;

/// <summary>
/// All claims with the same subject, predicate and object across documents, assessed together:
/// how many independent sources carry it, how surely and by whom, when, and how credible that makes
/// it. Derived from claims and curations; never edited by hand.
/// </summary>
public sealed record Assertion
{
    /// <summary>Stable id derived from subject, predicate and object.</summary>
    public required string Id { get; init; }

    /// <summary>Global entity id of the subject.</summary>
    public required string Subject { get; init; }

    public required Predicate Predicate { get; init; }

    /// <summary>Global entity id of the object; null for one-place predicates.</summary>
    public string? Object { get; init; }

    /// <summary>Ids of the claims (document id + local id) behind this assertion, rejected ones excluded.</summary>
    public required ImmutableArray<string> Claims { get; init; }

    public required int Documents { get; init; }

    /// <summary>Sources that did not copy one another: a republished article counts once.</summary>
    public required int IndependentSources { get; init; }

    /// <summary>How many claims carry each modality.</summary>
    public required ImmutableDictionary<Modality, int> Modalities { get; init; }

    public required ImmutableArray<HolderKind> HolderKinds { get; init; }

    /// <summary>Claims that support it: positive polarity, not denied.</summary>
    public int PositiveClaims { get; init; }

    /// <summary>Claims that stand against it: negated, or denied by their holder.</summary>
    public int NegativeClaims { get; init; }

    public DateOnly? FirstDate { get; init; }

    public DateOnly? LastDate { get; init; }

    public required AdmiraltyGrade Grade { get; init; }

    /// <summary>True when a denial, a negated claim or an incompatible claim stands against it.</summary>
    public bool Contested { get; init; }

    /// <summary>
    /// When the tie ended: the date of a negated claim that comes after every claim supporting it ("ISIL seized Mosul
    /// in June 2014" … "lost control of Mosul in July 2017"). A tie that ended is not contested by its ending.
    /// </summary>
    public DateOnly? Ended { get; init; }

    /// <summary>The independent stories (a story and its republished copies) its claims come from.</summary>
    public ImmutableArray<string> Stories { get; init; } = [];

    /// <summary>Why it has its credibility: the grading rule that applied, in words.</summary>
    public string? Rationale { get; init; }
}
