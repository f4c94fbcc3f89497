using System.Globalization;
using Nexus.Export.Snapshots;
using Nexus.Export.Statements;

namespace Nexus.Export.Briefs;

/// <summary>
/// Builds the brief on one entity from a snapshot. Sentences about claims are the claims' own
/// attributed statements (<see cref="ClaimStatement"/>), so a reported or alleged claim is never
/// written as fact; key judgements use ICD 203 terms only when an assessment graded the assertion
/// (<see cref="Estimative"/>), and otherwise say that nothing was graded. Claims the analyst
/// rejected are left out.
/// </summary>
public sealed class BriefBuilder
{
    /// <summary>How many assertions the key judgements show.</summary>
    public const int KeyJudgementCount = 8;

    private readonly SnapshotIndex index;
    private readonly List<BriefNote> notes = [];
    private readonly Dictionary<string, int> noteOfClaim = new(StringComparer.Ordinal);
    private readonly List<BriefSource> sources = [];

    private BriefBuilder(ExportSnapshot snapshot) => index = new SnapshotIndex(snapshot);

    /// <exception cref="ArgumentException">No entity of that id is in the snapshot.</exception>
    public static Brief Build(ExportSnapshot snapshot, string entityId) => new BriefBuilder(snapshot).BuildFor(entityId);

    private Brief BuildFor(string entityId)
    {
        var entity = index.Entity(entityId) ?? throw new ArgumentException($"No entity {entityId} is in the store.", nameof(entityId));
        var claims = index.AcceptedClaims.Where(c => c.Subject.EntityId == entityId || c.Object?.EntityId == entityId).ToList();
        var sections = new List<BriefSection> { KeyJudgements(entityId, claims) };
        foreach (var group in claims.GroupBy(c => c.Claim.Predicate).OrderBy(g => g.Key))
        {
            sections.Add(new BriefSection(PredicatePhrase.Of(group.Key).Heading, null, [.. group.Select(c => new BriefSentence(ClaimStatement.Of(c), [Cite(c)]))]));
        }
        sections.Add(Timeline(claims));
        var documents = claims.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count();
        string[] preamble =
        [
            $"This brief draws on {Count(claims.Count, "claim")} about {entity.Name} in {Count(documents, "document")}.",
            "Every statement below is attributed to whoever made it, with the hedge they used, and cites the words it was read from.",
        ];
        return new Brief(
            entity.Id,
            "Brief: " + entity.Name,
            sources.Select(s => s.Marking).DefaultIfEmpty(TlpMarking.Clear).Max(),
            index.Graded,
            [.. preamble],
            [.. sections],
            [.. sources],
            [.. notes]);
    }

    private BriefSection KeyJudgements(string entityId, List<StoredClaim> claims)
    {
        if (!index.Graded)
        {
            var groups = claims.Where(c => c.Claim.Polarity == Polarity.Positive && c.Object is not null)
                .GroupBy(c => (c.Subject.EntityId, c.Claim.Predicate, c.Object!.EntityId))
                .OrderByDescending(g => g.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count()).ThenByDescending(g => g.Count())
                .ThenBy(g => g.Key.Predicate)
                .Take(KeyJudgementCount);
            return new BriefSection(
                "Key judgements",
                "No assessment has graded these claims, so this brief states no likelihood: each line says only who reports what.",
                [.. groups.Select(g => new BriefSentence(
                    $"{Capital(Count(g.Count(), "statement"))} from {Count(g.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count(), "source document")} "
                        + $"{(g.Count() == 1 ? "reports" : "report")} that {ClaimStatement.Clause(g.First())}; {(g.Count() == 1 ? "it has not" : "none has")} been graded.",
                    [.. g.Select(Cite)]))]);
        }
        var byAssertion = claims.Where(c => index.AssertionOf(c) is not null).GroupBy(c => index.AssertionOf(c)!.Id, StringComparer.Ordinal)
            .Select(g => (Assertion: index.AssertionOf(g.First())!, Claims: g.ToList()))
            .Where(x => x.Assertion.Subject == entityId || x.Assertion.Object == entityId)
            .OrderBy(x => x.Assertion.Grade.Credibility).ThenByDescending(x => x.Assertion.IndependentSources).ThenBy(x => x.Assertion.Id, StringComparer.Ordinal)
            .Take(KeyJudgementCount);
        return new BriefSection(
            "Key judgements",
            "Likelihood terms follow ICD 203 and never exceed what the Admiralty grade of each assertion supports; confidence is stated apart.",
            [.. byAssertion.Select(x => Judgement(x.Assertion, x.Claims))]);
    }

    private BriefSentence Judgement(Assertion assertion, List<StoredClaim> claims)
    {
        var subject = index.Entity(assertion.Subject)?.Name ?? claims[0].Subject.Name;
        var phrase = PredicatePhrase.Of(assertion.Predicate).Affirmative;
        var obj = assertion.Object is { } o ? " " + (index.Entity(o)?.Name ?? claims[0].Object?.Name) : "";
        var judgement = Estimative.Judgement(assertion.Grade.Credibility, $"{subject} {phrase}{obj}");
        var confidence = $"Confidence is {Estimative.ConfidenceLevel(assertion)}: grade {assertion.Grade}, "
            + $"{Count(assertion.IndependentSources, "independent source")}{(assertion.Contested ? ", and other statements contest it" : "")}."
            + (assertion.Ended is { } ended ? $" A later statement says this ended on {ended:yyyy-MM-dd}." : "");
        return new BriefSentence(judgement + " " + confidence, [.. claims.Select(Cite)], Estimative.TermFor(assertion.Grade.Credibility));
    }

    private BriefSection Timeline(List<StoredClaim> claims)
    {
        var dated = claims.Where(c => c.Claim.Time is { } t && (t.Start ?? t.End) is not null)
            .OrderBy(c => c.Claim.Time!.Start ?? c.Claim.Time.End).ThenBy(c => c.Claim.Time!.End ?? c.Claim.Time.Start).ThenBy(c => c.Id, StringComparer.Ordinal);
        return new BriefSection(
            "Timeline",
            "Dates are the intervals the sources give, with the source's own words in the statement.",
            [.. dated.Select(c => new BriefSentence(ClaimStatement.Of(c), [Cite(c)], Label: c.Claim.Time!.IsoInterval))]);
    }

    private int Cite(StoredClaim claim)
    {
        if (noteOfClaim.TryGetValue(claim.Id, out var number))
        {
            return number;
        }
        number = notes.Count + 1;
        noteOfClaim[claim.Id] = number;
        notes.Add(new BriefNote(number, claim.Id, SourceOf(claim.DocumentId), claim.EvidenceText, claim.Claim.Evidence, ClaimStatement.Attributed(claim.Claim.Holder), claim.Claim.Modality));
        return number;
    }

    private int SourceOf(string documentId)
    {
        if (sources.FirstOrDefault(s => s.DocumentId == documentId) is { } known)
        {
            return known.Number;
        }
        var metadata = index.Document(documentId)?.Metadata ?? new DocumentMetadata();
        sources.Add(new BriefSource(sources.Count + 1, documentId, metadata.Title ?? "Untitled document", metadata.Publisher, metadata.Origin,
            metadata.Authors, metadata.Published, metadata.Reliability, metadata.Marking));
        return sources.Count;
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
