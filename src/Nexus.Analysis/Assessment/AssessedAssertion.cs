namespace Nexus.Analysis.Assessment;

/// <summary>An assertion with its statement in words and every claim behind it, for showing it as evidence.</summary>
public sealed record AssessedAssertion(Assertion Assertion, string Statement, ImmutableArray<ClaimEvidence> Claims);
