using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Timeline;

/// <summary>The dated claims and events of an entity or a set of entities, in time order.</summary>
public static class TimelineBuilder
{
    private static readonly ImmutableHashSet<Predicate> Events =
    [
        Predicate.Attacked, Predicate.Killed, Predicate.Arrested, Predicate.Detained,
        Predicate.MetWith, Predicate.Died, Predicate.ResponsibleFor,
    ];

    /// <summary>
    /// Every claim of an assertion naming one of <paramref name="entityIds"/>, ordered by date (earliest
    /// first), then finer precision first; claims repeated by copies of one story appear once.
    /// </summary>
    public static ImmutableArray<TimelineEntry> Build(AssessmentResult assessment, IEnumerable<string> entityIds, TimelineOptions options)
    {
        var assertions = entityIds.SelectMany(assessment.Involving).DistinctBy(a => a.Id).ToList();
        var entries = new List<TimelineEntry>();
        foreach (var assertion in assertions)
        {
            var statement = assessment.Statement(assertion);
            var claims = assertion.Claims.Select(id => assessment.Claims[id])
                .Where(c => c.Claim.Time is not null || options.IncludeUndated)
                .GroupBy(c => (Story: assessment.StoryOf(c.DocumentId)?.Id, c.Claim.Time?.Text, c.Claim.Holder.Text, c.Claim.Modality, c.Claim.Polarity, c.Claim.Role));
            foreach (var copies in claims)
            {
                var claim = copies.First();
                var time = claim.Claim.Time;
                entries.Add(new TimelineEntry
                {
                    Date = time?.Start ?? time?.End ?? claim.DocumentPublished,
                    Start = time?.Start,
                    End = time?.End,
                    Granularity = time?.Granularity,
                    Qualifier = time?.Qualifier,
                    Dated = time is not null,
                    IsEvent = Events.Contains(assertion.Predicate),
                    Statement = statement,
                    Assertion = assertion.Id,
                    Grade = assertion.Grade,
                    Claim = ClaimEvidence.Of(claim, copies.Key.Story),
                    Copies = copies.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                });
            }
        }
        return [.. entries
            .Where(e => (options.From is not { } from || (e.End ?? e.Date) is not { } end || end >= from)
                && (options.To is not { } to || e.Date is not { } start || start <= to))
            .OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Granularity ?? TimeGranularity.Century)
            .ThenBy(e => e.Statement, StringComparer.Ordinal).ThenBy(e => e.Claim.Id, StringComparer.Ordinal)];
    }
}
