namespace Nexus.Analysis.Assessment;

/// <summary>
/// What the credibility rules look at for one assertion, counted in independent stories (a story and
/// all its republished copies count once). Rejected claims are not counted.
/// </summary>
public sealed record CredibilityEvidence
{
    /// <summary>Stories with a positive, not denied claim, from sources not graded G (deliberately deceptive).</summary>
    public int SupportingStories { get; init; }

    /// <summary>Stories with such a claim only from sources graded G.</summary>
    public int DeceptiveStories { get; init; }

    /// <summary>Supporting stories that state it plainly (modality asserted).</summary>
    public int AssertingStories { get; init; }

    /// <summary>Supporting stories that state, report or assess it: more than an allegation or a speculation.</summary>
    public int AttributingStories { get; init; }

    /// <summary>True when every supporting claim is speculative (may, might, could).</summary>
    public bool SpeculativeOnly { get; init; }

    /// <summary>Stories that deny it or state its negation.</summary>
    public int CounterStories { get; init; }

    /// <summary>True when the assertion gives a person a role that another claim makes incompatible over overlapping time.</summary>
    public bool RoleConflict { get; init; }

    /// <summary>True when anything stands against it: a denial, a negation or an incompatible role.</summary>
    public bool Contested => CounterStories > 0 || RoleConflict;
}
