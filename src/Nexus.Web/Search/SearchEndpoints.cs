using Nexus.Web.Api;
using Nexus.Web.Entities;

namespace Nexus.Web.Search;

/// <summary><c>GET /api/search?q=</c>: entities by name and documents by full text, together.</summary>
public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithName("Search").WithTags("Search");
        return api;
    }

    /// <summary>The page applies to documents; the entity list is the best few matches.</summary>
    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        string? q, INexusStore store, CancellationToken cancellationToken, int offset = 0, int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.Invalid("q", "Give some text to search for.");
        }
        if (Paging.Request(offset, limit, out var error) is not { } page)
        {
            return error!;
        }
        var entities = await store.FindEntitiesAsync(new EntityQuery { Text = q, Page = PageRequest.First(10) }, cancellationToken);
        var hits = await store.SearchAsync(q, page, cancellationToken);
        return TypedResults.Ok(new SearchResponse(
            q,
            [.. entities.Select(EntityItem.From)],
            Paging.Of([.. hits.Select(DocumentHit.From)], page)));
    }
}
