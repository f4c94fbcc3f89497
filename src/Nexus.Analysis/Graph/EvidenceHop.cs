using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>One hop of an evidence path: the two entities, the best grade between them, and every assertion linking them with its claims.</summary>
public sealed record EvidenceHop(AssessedEntity From, AssessedEntity To, AdmiraltyGrade Grade, ImmutableArray<AssessedAssertion> Assertions);
