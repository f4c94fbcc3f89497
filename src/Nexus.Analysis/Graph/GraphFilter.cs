namespace Nexus.Analysis.Graph;

/// <summary>
/// Which assertions become links. Every filter is optional; an assertion with nothing supporting it
/// (only denials or negations) is never a link.
/// </summary>
public sealed record GraphFilter
{
    /// <summary>Keeps assertions whose credibility is this or better (lower): 3 keeps 1, 2 and 3.</summary>
    public int? MaxCredibility { get; init; }

    /// <summary>Keeps assertions whose source reliability is this letter or better: B keeps A and B.</summary>
    public SourceReliability? MinReliability { get; init; }

    /// <summary>Keeps assertions carried by at least one claim of these modalities.</summary>
    public ImmutableHashSet<Modality>? Modalities { get; init; }

    /// <summary>Keeps assertions whose first-to-last dates overlap the range from this day (undated ones go).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Keeps assertions whose first-to-last dates overlap the range up to this day (undated ones go).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Keeps assertions both of whose ends have one of these types.</summary>
    public ImmutableHashSet<EntityType>? Types { get; init; }

    public ImmutableHashSet<Predicate>? Predicates { get; init; }

    /// <summary>Everything with support.</summary>
    public static GraphFilter None { get; } = new();

    public bool Keeps(Assertion assertion, EntityType subjectType, EntityType objectType)
    {
        if (assertion.PositiveClaims == 0
            || (MaxCredibility is { } worst && assertion.Grade.Credibility > worst)
            || (MinReliability is { } letter && assertion.Grade.Reliability > letter)
            || (Modalities is { } modalities && !assertion.Modalities.Keys.Any(modalities.Contains))
            || (Types is { } types && (!types.Contains(subjectType) || !types.Contains(objectType)))
            || (Predicates is { } predicates && !predicates.Contains(assertion.Predicate)))
        {
            return false;
        }
        if (From is null && To is null)
        {
            return true;
        }
        return assertion.FirstDate is { } first && assertion.LastDate is { } last
            && (To is not { } to || first <= to) && (From is not { } from || last >= from);
    }
}
