using Nexus.Analysis.Assessment;
using Nexus.Analysis.Contradictions;
using Nexus.Web.Assertions;

namespace Nexus.Web.Contradictions;

/// <summary>Claims that cannot all be right: the assertions they weaken, the claims on one side and the denials, negations or incompatible claims on the other.</summary>
public sealed record ContradictionItem(
    string Id,
    ContradictionKind Kind,
    string Summary,
    IReadOnlyList<AssertionItem> Assertions,
    IReadOnlyList<ClaimEvidence> Claims,
    IReadOnlyList<ClaimEvidence> CounterClaims)
{
    public static ContradictionItem From(AssessmentResult result, Contradiction contradiction) => new(
        contradiction.Id,
        contradiction.Kind,
        contradiction.Summary,
        [.. contradiction.Assertions.Select(result.Assertion).OfType<Assertion>().Select(a => AssertionItem.From(result, a))],
        result.Evidence(contradiction.Claims),
        result.Evidence(contradiction.CounterClaims));
}
