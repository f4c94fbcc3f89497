using Nexus.Analysis.Assessment;
using Nexus.Analysis.Graph;

namespace Nexus.Web.Links;

/// <summary>An evidence chain; it is only as good as its weakest hop, whose grade <see cref="WeakestGrade"/> is.</summary>
public sealed record PathItem(IReadOnlyList<AssessedEntity> Entities, int Length, AdmiraltyGrade WeakestGrade, IReadOnlyList<HopItem> Hops)
{
    public static PathItem From(AssessmentResult result, EvidencePath path) =>
        new(path.Entities, path.Length, path.WeakestGrade, [.. path.Hops.Select(h => HopItem.Of(result, h))]);
}
