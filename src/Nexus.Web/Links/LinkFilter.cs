using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Nexus.Analysis.Graph;
using Nexus.Web.Api;

namespace Nexus.Web.Links;

/// <summary>
/// Which assertions the link analysis treats as links: graded <see cref="MinGrade"/> or better,
/// carried by a claim of one of the modalities, both ends of one of the types, with one of the predicates.
/// </summary>
public sealed record LinkFilter(
    [FromQuery(Name = "min_grade")] string? MinGrade,
    QueryEnum<Modality>[]? Modality,
    QueryEnum<EntityType>[]? Type,
    QueryEnum<Predicate>[]? Predicate)
{
    /// <summary>The filter, narrowed to assertions dated within [from, to] when given; null, with the error, when min_grade is not a grade.</summary>
    public GraphFilter? ToGraphFilter(DateOnly? from, DateOnly? to, out ValidationProblem? error)
    {
        if (!GradeQuery.TryRead(MinGrade, out var floor, out error))
        {
            return null;
        }
        var filter = new GraphFilter
        {
            Modalities = Set(Modality),
            Types = Set(Type),
            Predicates = Set(Predicate),
            From = from,
            To = to,
        };
        return floor is null ? filter : filter.AtLeast(floor);
    }

    private static ImmutableHashSet<T>? Set<T>(QueryEnum<T>[]? values)
        where T : struct, Enum =>
        values is { Length: > 0 } ? [.. values.Select(v => v.Value)] : null;
}
