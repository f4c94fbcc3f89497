using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Contradictions;

/// <summary>Denials, negations and incompatible roles standing against assertions.</summary>
public static class ContradictionEndpoints
{
    public static RouteGroupBuilder MapContradictions(this RouteGroupBuilder api)
    {
        api.MapGet("/contradictions", ListAsync).WithTags("Contradictions").WithName("ListContradictions");
        return api;
    }

    /// <summary>Every contradiction, or those touching an assertion about <paramref name="entity"/> (an id).</summary>
    public static async Task<Results<Ok<IReadOnlyList<ContradictionItem>>, ProblemHttpResult>> ListAsync(
        string? entity, INexusStore store, AssessmentCache cache, CancellationToken cancellationToken)
    {
        if (entity is { Length: > 0 } && await store.GetEntityAsync(entity, cancellationToken) is null)
        {
            return Problems.NoEntity(entity);
        }
        var result = await cache.GetAsync(cancellationToken);
        var contradictions = entity is { Length: > 0 } ? result.ContradictionsInvolving(entity) : result.Contradictions;
        return TypedResults.Ok<IReadOnlyList<ContradictionItem>>([.. contradictions.Select(c => ContradictionItem.From(result, c))]);
    }
}
