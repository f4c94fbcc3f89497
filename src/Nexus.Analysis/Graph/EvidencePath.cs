using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>
/// A chain of assertions from one entity to another. A chain is only as good as its weakest hop:
/// <see cref="WeakestGrade"/> is the worst of the hops' grades.
/// </summary>
public sealed record EvidencePath(ImmutableArray<AssessedEntity> Entities, ImmutableArray<EvidenceHop> Hops, AdmiraltyGrade WeakestGrade)
{
    public int Length => Hops.Length;
}
