using Nexus.Analysis.Assessment;
using Nexus.Web.Api;

namespace Nexus.Web.Assertions;

/// <summary>
/// A graded assertion: every claim with one subject, predicate and object, its Admiralty grade
/// (<c>{"code": "B2", …}</c>), how many independent stories carry it, how its claims are held, when,
/// and the ids of the claims behind it. <see cref="Evidence"/> holds those claims as evidence (copies
/// of one story collapsed) where an answer explains the assertion, and is null elsewhere.
/// </summary>
public sealed record AssertionItem(
    string Id,
    string Statement,
    AssessedEntity Subject,
    Predicate Predicate,
    AssessedEntity? Object,
    AdmiraltyGrade Grade,
    int IndependentSources,
    int Documents,
    IReadOnlyList<ModalityCount> Modalities,
    int PositiveClaims,
    int NegativeClaims,
    bool Contested,
    DateOnly? Ended,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    string? Rationale,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<ClaimEvidence>? Evidence)
{
    public static AssertionItem From(AssessmentResult result, Assertion assertion, IReadOnlyList<ClaimEvidence>? evidence = null) => new(
        assertion.Id,
        result.Statement(assertion),
        result.Entities[assertion.Subject],
        assertion.Predicate,
        assertion.Object is { } obj ? result.Entities[obj] : null,
        assertion.Grade,
        assertion.IndependentSources,
        assertion.Documents,
        [.. assertion.Modalities.OrderBy(m => m.Key).Select(m => new ModalityCount(m.Key, m.Value))],
        assertion.PositiveClaims,
        assertion.NegativeClaims,
        assertion.Contested,
        assertion.Ended,
        assertion.FirstDate,
        assertion.LastDate,
        assertion.Rationale,
        assertion.Claims,
        evidence);

    /// <summary>The assertion with its claims as evidence.</summary>
    public static AssertionItem Explained(AssessmentResult result, AssessedAssertion explained) =>
        From(result, explained.Assertion, explained.Claims);
}
