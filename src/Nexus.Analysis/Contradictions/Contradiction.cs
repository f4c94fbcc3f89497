namespace Nexus.Analysis.Contradictions;

/// <summary>Claims that cannot all be right, and the assertions they weaken (each is marked contested).</summary>
public sealed record Contradiction
{
    /// <summary>Stable for the same assertions and kind.</summary>
    public required string Id { get; init; }

    public required ContradictionKind Kind { get; init; }

    /// <summary>The assertions involved: one for a denial or negation, two or more for incompatible roles.</summary>
    public required ImmutableArray<string> Assertions { get; init; }

    /// <summary>The positive claims on one side.</summary>
    public required ImmutableArray<string> Claims { get; init; }

    /// <summary>The denials, negations or incompatible claims on the other.</summary>
    public required ImmutableArray<string> CounterClaims { get; init; }

    /// <summary>One sentence saying what conflicts, with names.</summary>
    public required string Summary { get; init; }
}
