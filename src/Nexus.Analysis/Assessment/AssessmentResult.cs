using Nexus.Analysis.Contradictions;
using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Assessment;

/// <summary>
/// The store's claims assessed: stories (copies grouped), graded assertions, contradictions, and the
/// claims and entities behind them. Immutable once built, so one result can serve many readers.
/// </summary>
public sealed class AssessmentResult
{
    private readonly Dictionary<string, Story> _storyOfDocument;
    private readonly Dictionary<string, Assertion> _assertions;
    private readonly Dictionary<string, List<Assertion>> _byEntity;

    internal AssessmentResult(
        ImmutableArray<Assertion> assertions,
        ImmutableArray<Story> stories,
        ImmutableArray<Contradiction> contradictions,
        IReadOnlyDictionary<string, AssessedEntity> entities,
        IReadOnlyDictionary<string, StoredClaim> claims,
        SourceGrades grades,
        int rejectedClaims,
        int unresolvedClaims)
    {
        Assertions = assertions;
        Stories = stories;
        Contradictions = contradictions;
        Entities = entities;
        Claims = claims;
        Grades = grades;
        RejectedClaims = rejectedClaims;
        UnresolvedClaims = unresolvedClaims;
        _storyOfDocument = stories.SelectMany(s => s.Documents.Select(d => (d, s))).ToDictionary(p => p.d, p => p.s, StringComparer.Ordinal);
        _assertions = assertions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _byEntity = new Dictionary<string, List<Assertion>>(StringComparer.Ordinal);
        foreach (var assertion in assertions)
        {
            Index(assertion.Subject, assertion);
            if (assertion.Object is { } obj && obj != assertion.Subject)
            {
                Index(obj, assertion);
            }
        }
    }

    /// <summary>Best credibility first, then most independent sources.</summary>
    public ImmutableArray<Assertion> Assertions { get; }

    public ImmutableArray<Story> Stories { get; }

    public ImmutableArray<Contradiction> Contradictions { get; }

    /// <summary>Every entity an assertion names, by id.</summary>
    public IReadOnlyDictionary<string, AssessedEntity> Entities { get; }

    /// <summary>Every claim counted, by its global id: not rejected, both ends resolved to entities.</summary>
    public IReadOnlyDictionary<string, StoredClaim> Claims { get; }

    /// <summary>The source grades applied.</summary>
    public SourceGrades Grades { get; }

    /// <summary>Claims an analyst rejected, left out of every count.</summary>
    public int RejectedClaims { get; }

    /// <summary>Claims whose subject or object is not resolved to a global entity (resolution has not run over them), left out.</summary>
    public int UnresolvedClaims { get; }

    /// <summary>The story a document belongs to, or null for a document the assessment did not see.</summary>
    public Story? StoryOf(string documentId) => _storyOfDocument.GetValueOrDefault(documentId);

    public Assertion? Assertion(string assertionId) => _assertions.GetValueOrDefault(assertionId);

    /// <summary>The assertions an entity is the subject or object of, in <see cref="Assertions"/> order.</summary>
    public IReadOnlyList<Assertion> Involving(string entityId) => _byEntity.TryGetValue(entityId, out var list) ? list : [];

    /// <summary>"Mir Shafiq Mengal supplied Rana Mohammad Ashfaq": an assertion in words.</summary>
    public string Statement(Assertion assertion) =>
        PredicateName.Statement(Name(assertion.Subject), assertion.Predicate, assertion.Object is { } o ? Name(o) : null);

    /// <summary>The assertion with its statement and claims, each claim with its story.</summary>
    public AssessedAssertion Explain(Assertion assertion) => new(assertion, Statement(assertion), Evidence(assertion.Claims));

    /// <summary>
    /// The claims as evidence, one per story for a claim its copies repeat (same holder, modality,
    /// polarity, role, time and words), with the number of copies; in the order given.
    /// </summary>
    public ImmutableArray<ClaimEvidence> Evidence(IEnumerable<string> claimIds) =>
    [
        .. claimIds.Select(id => Claims[id])
            .GroupBy(c => (StoryOf(c.DocumentId)?.Id, c.Claim.Holder.Text, c.Claim.Modality, c.Claim.Polarity, c.Claim.Role, c.Claim.Time?.Text, c.EvidenceText))
            .Select(g => ClaimEvidence.Of(g.First(), g.Key.Item1) with { Copies = g.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() }),
    ];

    public string Name(string entityId) => Entities.TryGetValue(entityId, out var entity) ? entity.Name : entityId;

    private void Index(string entityId, Assertion assertion)
    {
        if (!_byEntity.TryGetValue(entityId, out var list))
        {
            _byEntity[entityId] = list = [];
        }
        list.Add(assertion);
    }
}
