using Microsoft.AspNetCore.Mvc;
using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Entities;

/// <summary>Entity lookup, profiles and an entity's claims.</summary>
public static class EntityEndpoints
{
    /// <summary>Claims of each predicate a profile opens with: enough to read, few enough to answer fast on any entity.</summary>
    public const int DefaultPerGroup = 10;

    public static RouteGroupBuilder MapEntities(this RouteGroupBuilder api)
    {
        var entities = api.MapGroup("/entities").WithTags("Entities");
        entities.MapGet("/", ListEntitiesAsync).WithName("ListEntities").CacheOutput(StoreResponseCache.Policy);
        entities.MapGet("/{id}", GetProfileAsync).WithName("GetEntityProfile").CacheOutput(StoreResponseCache.Policy);
        entities.MapGet("/{id}/claims", ListClaimsAsync).WithName("ListEntityClaims").CacheOutput(StoreResponseCache.Policy);
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

    /// <summary>
    /// The profile with the first <paramref name="perGroup"/> claims of each predicate; each group's
    /// <c>next</c> link pages through the rest.
    /// </summary>
    public static async Task<Results<Ok<EntityProfileResponse>, ProblemHttpResult, ValidationProblem>> GetProfileAsync(
        string id, INexusStore store, CancellationToken cancellationToken, [FromQuery(Name = "per_group")] int perGroup = DefaultPerGroup)
    {
        if (perGroup is < 1 or > Paging.MaxLimit)
        {
            return Problems.Invalid("per_group", $"per_group must be between 1 and {Paging.MaxLimit}.");
        }
        if (await store.GetEntityAsync(id, cancellationToken) is not { } entity)
        {
            return Problems.NoEntity(id);
        }
        return TypedResults.Ok(await EntityProfileResponse.ReadAsync(store, entity, perGroup, cancellationToken));
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
            return Problems.NoEntity(id);
        }
        var claims = await store.GetClaimsAsync(new ClaimQuery { EntityId = id, Predicate = predicate?.Value, Page = page }, cancellationToken);
        return TypedResults.Ok(Paging.Of([.. claims.Select(ClaimView.From)], page));
    }
}
