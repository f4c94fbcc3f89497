using Microsoft.AspNetCore.Mvc;
using Nexus.Web.Api;

namespace Nexus.Web.Assertions;

/// <summary>
/// Which graded assertions to list: those naming <see cref="Entity"/> (an id), graded
/// <see cref="MinGrade"/> or better (<c>B2</c>, <c>3</c>, <c>B</c>), carried by a claim of one of the
/// modalities, with one of the predicates; a page of them, best grade first.
/// </summary>
public sealed record AssertionRequest(
    string? Entity,
    [FromQuery(Name = "min_grade")] string? MinGrade,
    QueryEnum<Modality>[]? Modality,
    QueryEnum<Predicate>[]? Predicate,
    int? Offset,
    int? Limit)
{
    /// <summary>The test the request's filters make; null, with the error, when <see cref="MinGrade"/> is not a grade.</summary>
    public Func<Assertion, bool>? Filter(out ValidationProblem? error)
    {
        if (!GradeQuery.TryRead(MinGrade, out var floor, out error))
        {
            return null;
        }
        var modalities = (Modality ?? []).Select(m => m.Value).ToHashSet();
        var predicates = (Predicate ?? []).Select(p => p.Value).ToHashSet();
        return assertion => (floor is null || floor.Admits(assertion.Grade))
            && (modalities.Count == 0 || assertion.Modalities.Keys.Any(modalities.Contains))
            && (predicates.Count == 0 || predicates.Contains(assertion.Predicate));
    }
}
