using Nexus.Analysis.Assessment;
using Nexus.Analysis.Graph;
using Nexus.Web.Assertions;

namespace Nexus.Web.Links;

/// <summary>One hop of an evidence chain: its two entities, its best grade, and every assertion linking them with the claims behind it.</summary>
public sealed record HopItem(AssessedEntity From, AssessedEntity To, AdmiraltyGrade Grade, IReadOnlyList<AssertionItem> Assertions)
{
    public static HopItem Of(AssessmentResult result, EvidenceHop hop) =>
        new(hop.From, hop.To, hop.Grade, [.. hop.Assertions.Select(a => AssertionItem.Explained(result, a))]);
}
