using Nexus.Analysis.Contradictions;
using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Assessment;

/// <summary>
/// Turns stored claims into graded assertions: claims grouped by (subject, predicate, object) —
/// either order for symmetric predicates — counted in independent stories, graded by
/// <see cref="CredibilityRules"/> and the sources' reliability, with what stands against them.
/// Rejected claims do not count. Stateless and thread-safe.
/// </summary>
public static class EvidenceAssessor
{
    /// <summary>Reads the store's claims, documents and curations and assesses them.</summary>
    public static async Task<AssessmentResult> AssessAsync(INexusStore store, AssessmentOptions options, CancellationToken cancellationToken)
    {
        var grades = SourceGrades.From(await store.ListCurationsAsync(cancellationToken));
        var claims = new List<StoredClaim>();
        await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery(), cancellationToken))
        {
            claims.Add(claim);
        }
        var documents = await SourceDocuments.ReadAsync(store, cancellationToken);
        return Assess(claims, documents, grades, options);
    }

    /// <summary>Assesses claims already read: <paramref name="documents"/> must hold every document the claims come from.</summary>
    public static AssessmentResult Assess(
        IReadOnlyList<StoredClaim> claims,
        IReadOnlyList<SourceDocument> documents,
        SourceGrades grades,
        AssessmentOptions options)
    {
        var stories = new SyndicationDetector(options.Syndication).Detect(documents, grades);
        var storyOf = stories.SelectMany(s => s.Documents.Select(d => (d, s))).ToDictionary(p => p.d, p => p.s, StringComparer.Ordinal);
        var counted = new Dictionary<string, StoredClaim>(claims.Count, StringComparer.Ordinal);
        var entities = new Dictionary<string, AssessedEntity>(StringComparer.Ordinal);
        var groups = new Dictionary<AssertionKey, List<StoredClaim>>();
        var (rejected, unresolved) = (0, 0);
        foreach (var claim in claims)
        {
            if (claim.Rejected)
            {
                rejected++;
                continue;
            }
            if (AssertionKey.Of(claim) is not { } key || !storyOf.ContainsKey(claim.DocumentId))
            {
                unresolved++;
                continue;
            }
            counted[claim.Id] = claim;
            Add(entities, claim.Subject);
            Add(entities, claim.Object);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }
            group.Add(claim);
        }
        var ids = groups.Keys.ToDictionary(k => k, k => k.Id);
        var roleConflicts = ContradictionFinder.RoleConflicts(
            groups.SelectMany(g => g.Value.Where(Supports).Select(c => (ids[g.Key], c)))).ToList();
        var roleContested = roleConflicts.SelectMany(c => c.Assertions).ToHashSet(StringComparer.Ordinal);
        var assertions = new List<Assertion>(groups.Count);
        var contradictions = new List<Contradiction>(roleConflicts);
        foreach (var (key, group) in groups)
        {
            var support = group.Where(Supports).ToList();
            var against = group.Where(c => !Supports(c)).ToList();
            var endings = LastSupported(support) is { } last ? against.Where(c => EndsAfter(c, last)).ToList() : [];
            var counter = against.Except(endings).ToList();
            var assertion = Grade(ids[key], key, group, support, counter, storyOf, roleContested.Contains(ids[key]))
                with { Ended = endings.Count > 0 ? endings.Min(c => c.Claim.Time!.Start ?? c.Claim.Time!.End) : null };
            assertions.Add(assertion);
            if (ContradictionFinder.Against(assertion.Id, Statement(key, entities), support, counter) is { } contradiction)
            {
                contradictions.Add(contradiction);
            }
        }
        return new AssessmentResult(
            [.. assertions.OrderBy(a => a.Grade.Credibility).ThenByDescending(a => a.IndependentSources).ThenBy(a => a.Id, StringComparer.Ordinal)],
            stories,
            [.. contradictions.OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal)],
            entities,
            counted,
            grades,
            rejected,
            unresolved);
    }

    /// <summary>
    /// The last date any supporting claim speaks of (its time, else its document's date); null when nothing supports
    /// the tie or a supporting claim has no date at all, since then nothing can be placed after all of it. A negated
    /// claim dated after it ends the tie (<see cref="EndsAfter"/>) and the earliest such date is when.
    /// </summary>
    private static DateOnly? LastSupported(List<StoredClaim> support)
    {
        var dates = support.Select(c => c.Claim.Time?.End ?? c.Claim.Time?.Start ?? c.DocumentPublished).ToList();
        return dates.Count == 0 || dates.Contains(null) ? null : dates.Max();
    }

    // A negation dated after everything that supports the tie; a denial is a dispute, never an ending.
    private static bool EndsAfter(StoredClaim claim, DateOnly supported) =>
        claim.Claim is { Polarity: Polarity.Negative, Time: { } time } && claim.Claim.Modality != Modality.Denied && (time.Start ?? time.End) > supported;

    /// <summary>A claim supports its assertion unless it is negated or denied.</summary>
    public static bool Supports(StoredClaim claim) =>
        claim.Claim.Polarity == Polarity.Positive && claim.Claim.Modality != Modality.Denied;

    private static Assertion Grade(
        string id,
        AssertionKey key,
        List<StoredClaim> claims,
        List<StoredClaim> support,
        List<StoredClaim> counter,
        Dictionary<string, Story> storyOf,
        bool roleConflict)
    {
        var supportStories = support.GroupBy(c => storyOf[c.DocumentId]).ToList();
        var honest = supportStories.Where(g => g.Key.Reliability != SourceReliability.G).ToList();
        var evidence = new CredibilityEvidence
        {
            SupportingStories = honest.Count,
            DeceptiveStories = supportStories.Count - honest.Count,
            AssertingStories = honest.Count(g => g.Any(c => c.Claim.Modality == Modality.Asserted)),
            AttributingStories = honest.Count(g => g.Any(c => c.Claim.Modality is Modality.Asserted or Modality.Reported or Modality.Assessed)),
            SpeculativeOnly = honest.Count > 0 && honest.All(g => g.All(c => c.Claim.Modality == Modality.Speculative)),
            CounterStories = counter.Select(c => storyOf[c.DocumentId]).Where(s => s.Reliability != SourceReliability.G).Distinct().Count(),
            RoleConflict = roleConflict,
        };
        var rule = CredibilityRules.Grade(evidence);
        var stories = claims.Select(c => storyOf[c.DocumentId]).Distinct().OrderBy(s => s.FirstPublished ?? DateOnly.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var reliability = (supportStories.Count > 0 ? supportStories.Select(g => g.Key) : stories).Min(s => s.Reliability);
        return new Assertion
        {
            Id = id,
            Subject = key.Subject,
            Predicate = key.Predicate,
            Object = key.Object,
            Claims = [.. claims.Select(c => c.Id)],
            Documents = claims.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            IndependentSources = supportStories.Count,
            Modalities = claims.GroupBy(c => c.Claim.Modality).ToImmutableDictionary(g => g.Key, g => g.Count()),
            HolderKinds = [.. claims.Select(c => c.Claim.Holder.Kind).Distinct().Order()],
            PositiveClaims = support.Count,
            NegativeClaims = counter.Count,
            FirstDate = claims.Select(c => c.Claim.Time?.Start ?? c.Claim.Time?.End ?? c.DocumentPublished).Min(),
            LastDate = claims.Select(c => c.Claim.Time?.End ?? c.Claim.Time?.Start ?? c.DocumentPublished).Max(),
            Grade = new AdmiraltyGrade(reliability, rule.Credibility),
            Contested = evidence.Contested,
            Stories = [.. stories.Select(s => s.Id)],
            Rationale = rule.Rationale,
        };
    }

    private static void Add(Dictionary<string, AssessedEntity> entities, EntityRef? end)
    {
        if (end?.EntityId is { } id && !entities.ContainsKey(id))
        {
            entities[id] = new AssessedEntity(id, end.Name, end.Type);
        }
    }

    private static string Statement(AssertionKey key, Dictionary<string, AssessedEntity> entities) =>
        PredicateName.Statement(entities[key.Subject].Name, key.Predicate, key.Object is { } o ? entities[o].Name : null);
}
