namespace Nexus.Storage;

/// <summary>How many claims matching a query have one predicate and one modality, and how many of them name a role.</summary>
public sealed record ClaimTally(Predicate Predicate, Modality Modality, int Claims, int WithRole);
