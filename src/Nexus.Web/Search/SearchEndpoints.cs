using Nexus.Web.Api;
using Nexus.Web.Entities;
using Nexus.Web.Hosting;

namespace Nexus.Web.Search;

/// <summary><c>GET /api/search?q=</c>: entities by name and documents by full text, together.</summary>
public static class SearchEndpoints
{
    public const int EntityCount = 10;

    /// <summary>Documents a page holds unless asked otherwise: each cuts a snippet from its text.</summary>
    public const int DefaultLimit = 10;

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithName("Search").WithTags("Search").CacheOutput(StoreResponseCache.Policy);
        return api;
    }

    /// <summary>
    /// The page applies to documents, which are also counted; the entity list is the best
    /// <see cref="EntityCount"/> matches, and <c>/api/entities?query=</c> pages through the rest.
    /// </summary>
    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        string? q, INexusStore store, CancellationToken cancellationToken, int offset = 0, int limit = DefaultLimit)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.Invalid("q", "Give some text to search for.");
        }
        if (Paging.Request(offset, limit, out var error) is not { } page)
        {
            return error!;
        }
        var entities = await store.FindEntitiesAsync(new EntityQuery { Text = q, Page = PageRequest.First(EntityCount + 1) }, cancellationToken);
        // The count, from the pass that ranks the matches, says whether more follow.
        var (hits, matching) = await store.SearchAsync(q, page with { Limit = limit }, cancellationToken);
        return TypedResults.Ok(new SearchResponse(
            q,
            [.. entities.Take(EntityCount).Select(EntityItem.From)],
            entities.Count > EntityCount,
            new Page<DocumentHit>([.. hits.Select(DocumentHit.From)], offset, limit, offset + hits.Count < matching),
            matching));
    }
}
