namespace Nexus.Export.Tests.Support;

/// <summary>
/// Hand-made assertions over a snapshot's claims, standing in for an assessment: one per subject,
/// predicate and object, with the credibility cycling 1..6 so that every grade occurs.
/// </summary>
public static class Grading
{
    public static ExportSnapshot Graded(ExportSnapshot snapshot)
    {
        var groups = snapshot.Claims.Where(c => !c.Rejected && c.Subject.EntityId is not null)
            .GroupBy(c => (c.Subject.EntityId!, c.Claim.Predicate, c.Object?.EntityId))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Predicate).ThenBy(g => g.Key.Item3, StringComparer.Ordinal)
            .ToList();
        var assertions = groups.Select((g, i) => new Assertion
        {
            Id = $"asr:{i:D4}",
            Subject = g.Key.Item1,
            Predicate = g.Key.Predicate,
            Object = g.Key.Item3,
            Claims = [.. g.Select(c => c.Id)],
            Documents = g.Select(c => c.DocumentId).Distinct().Count(),
            IndependentSources = g.Select(c => c.Claim.Holder.Text).Distinct().Count(),
            Modalities = g.GroupBy(c => c.Claim.Modality).ToImmutableDictionary(m => m.Key, m => m.Count()),
            HolderKinds = [.. g.Select(c => c.Claim.Holder.Kind).Distinct()],
            PositiveClaims = g.Count(c => c.Claim.Polarity == Polarity.Positive),
            NegativeClaims = g.Count(c => c.Claim.Polarity == Polarity.Negative),
            Grade = new AdmiraltyGrade(SourceReliability.B, i % 6 + 1),
            Contested = i % 7 == 3,
        });
        return snapshot with { Assertions = [.. assertions] };
    }
}
