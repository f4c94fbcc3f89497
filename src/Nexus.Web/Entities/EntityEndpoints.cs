using Nexus.Web.Api;

namespace Nexus.Web.Entities;

/// <summary>Entity lookup, profiles and an entity's claims.</summary>
public static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntities(this RouteGroupBuilder api)
    {
        var entities = api.MapGroup("/entities").WithTags("Entities");
        entities.MapGet("/", ListEntitiesAsync).WithName("ListEntities");
        entities.MapGet("/{id}", GetProfileAsync).WithName("GetEntityProfile");
        entities.MapGet("/{id}/claims", ListClaimsAsync).WithName("ListEntityClaims");
        return api;
    }

    /// <summary>Entities whose name or alias matches <paramref name="query"/> (all when absent), best first.</summary>
    public static async Task<Results<Ok<Page<EntityItem>>, ValidationProblem>> ListEntitiesAsync(
        string? query, QueryEnum<EntityType>? type, INexusStore store, CancellationToken cancellationToken, int offset = 0, int limit = 50)
    {
        if (Paging.Request(offset, limit, out var error) is not { } page)
        {
            return error!;
        }
        var found = await store.FindEntitiesAsync(new EntityQuery { Text = query, Type = type?.Value, Page = page }, cancellationToken);
        return TypedResults.Ok(Paging.Of([.. found.Select(EntityItem.From)], page));
    }

    public static async Task<Results<Ok<EntityProfileResponse>, ProblemHttpResult>> GetProfileAsync(
        string id, INexusStore store, NexusQueries queries, CancellationToken cancellationToken)
    {
        if (await store.GetEntityAsync(id, cancellationToken) is not { } entity)
        {
            return Problems.NotFound($"No entity with id \"{id}\" is in the store.");
        }
        return TypedResults.Ok(EntityProfileResponse.From(await queries.ProfileAsync(entity, cancellationToken)));
    }

    public static async Task<Results<Ok<Page<ClaimView>>, ProblemHttpResult, ValidationProblem>> ListClaimsAsync(
        string id, QueryEnum<Predicate>? predicate, INexusStore store, CancellationToken cancellationToken, int offset = 0, int limit = 100)
    {
        if (Paging.Request(offset, limit, out var error) is not { } page)
        {
            return error!;
        }
        if (await store.GetEntityAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound($"No entity with id \"{id}\" is in the store.");
        }
        var claims = await store.GetClaimsAsync(new ClaimQuery { EntityId = id, Predicate = predicate?.Value, Page = page }, cancellationToken);
        return TypedResults.Ok(Paging.Of([.. claims.Select(ClaimView.From)], page));
    }
}
