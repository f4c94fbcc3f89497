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
        var entries =
            from assertion in entityIds.SelectMany(assessment.Involving).DistinctBy(a => a.Id)
            from claim in assessment.Evidence(assertion.Claims)
            where claim.Time is not null || options.IncludeUndated
            let date = claim.Time?.Start ?? claim.Time?.End ?? claim.Published
            let end = claim.Time is { } t ? t.End ?? t.Start : claim.Published
            where (options.From is not { } since || end is not { } last || last >= since)
                && (options.To is not { } until || date is not { } first || first <= until)
            select new TimelineEntry
            {
                Date = date,
                Granularity = claim.Time?.Granularity,
                Dated = claim.Time is not null,
                IsEvent = Events.Contains(assertion.Predicate),
                Statement = assessment.Statement(assertion),
                Assertion = assertion.Id,
                Grade = assertion.Grade,
                Claim = claim,
            };
        return [.. entries
            .OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Granularity ?? TimeGranularity.Century)
            .ThenBy(e => e.Statement, StringComparer.Ordinal).ThenBy(e => e.Claim.Id, StringComparer.Ordinal)];
    }
}
