using Nexus.Web.Documents;
using Nexus.Web.Entities;
using Nexus.Web.Hosting;

namespace Nexus.Web.Overview;

/// <summary><c>GET /api/overview</c>: what the store holds, for the landing page: counts, the entities with most claims, the latest documents.</summary>
public static class OverviewEndpoints
{
    public static RouteGroupBuilder MapOverview(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", GetOverview).WithName("GetOverview").WithTags("Overview").CacheOutput(StoreResponseCache.Policy);
        return api;
    }

    public static async Task<Ok<OverviewResponse>> GetOverview(INexusStore store, CancellationToken cancellationToken)
    {
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        var entities = await store.FindEntitiesAsync(new EntityQuery { Page = PageRequest.First(100) }, cancellationToken);
        var documents = await store.ListDocumentsAsync(PageRequest.First(10), cancellationToken);
        return TypedResults.Ok(new OverviewResponse(
            statistics.Documents,
            statistics.Entities,
            statistics.Claims,
            statistics.Mentions,
            statistics.Curations,
            [.. entities.OrderByDescending(e => e.ClaimCount).ThenByDescending(e => e.DocumentCount).Take(12).Select(EntityItem.From)],
            [.. documents.Select(DocumentItem.From)]));
    }
}
