namespace Nexus.Analysis.Contradictions;

/// <summary>What stands against a claim.</summary>
public enum ContradictionKind
{
    /// <summary>A holder denies what other claims state (modality denied).</summary>
    Denial,

    /// <summary>A claim states the negation ("did not meet") of what other claims state.</summary>
    Negation,

    /// <summary>
    /// One person is given roles in one group that cannot hold together over overlapping time: its
    /// leader and a subordinate ("chief" and "senior commander"), or two people its leader at once.
    /// </summary>
    IncompatibleRoles,
}
