using Nexus.Web.Api;

namespace Nexus.Web.Graph;

/// <summary>The claim graph for the network view, and the claims behind one of its edges.</summary>
public static class GraphEndpoints
{
    public const int MaxEdges = 5000;

    public const int MaxLatest = 5000;

    /// <summary>Depth-2 neighbourhoods expand only this many of the focus's best-connected neighbours.</summary>
    private const int ExpandedNeighbours = 40;

    public static RouteGroupBuilder MapGraph(this RouteGroupBuilder api)
    {
        var graph = api.MapGroup("/graph").WithTags("Graph");
        graph.MapGet("/", GetGraphAsync).WithName("GetGraph");
        graph.MapGet("/edge", GetEdgeClaimsAsync).WithName("GetEdgeClaims");
        return api;
    }

    public static async Task<Results<Ok<GraphResponse>, ProblemHttpResult, ValidationProblem>> GetGraphAsync(
        [AsParameters] GraphRequest request, INexusStore store, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? 400;
        if (limit is < 1 or > MaxEdges)
        {
            return Problems.Invalid("limit", $"limit must be between 1 and {MaxEdges}.");
        }
        if (request.Latest is < 1 or > MaxLatest)
        {
            return Problems.Invalid("latest", $"latest must be between 1 and {MaxLatest}.");
        }
        if (request.Depth is { } depth && depth is < 1 or > 2)
        {
            return Problems.Invalid("depth", "depth must be 1 or 2.");
        }
        var graph = new ClaimGraph(request);
        if (request.Entity is { } entity)
        {
            if (await store.GetEntityAsync(entity, cancellationToken) is null)
            {
                return Problems.NotFound($"No entity with id \"{entity}\" is in the store.");
            }
            await AddAsync(graph, store, new ClaimQuery { EntityId = entity }, cancellationToken);
            if (request.Depth == 2)
            {
                foreach (var neighbour in graph.NeighboursOf(entity).Take(ExpandedNeighbours).ToList())
                {
                    await AddAsync(graph, store, new ClaimQuery { EntityId = neighbour }, cancellationToken);
                }
            }
        }
        else if (request.Document is { } document)
        {
            if (!await store.ContainsDocumentAsync(document, cancellationToken))
            {
                return Problems.NotFound($"No document with id \"{document}\" is in the store.");
            }
            await AddAsync(graph, store, new ClaimQuery { DocumentId = document }, cancellationToken);
        }
        else if (request.Latest is { } latest)
        {
            foreach (var recent in await store.ListDocumentsAsync(PageRequest.First(latest), cancellationToken))
            {
                await AddAsync(graph, store, new ClaimQuery { DocumentId = recent.Id }, cancellationToken);
            }
        }
        else
        {
            await AddAsync(graph, store, new ClaimQuery(), cancellationToken);
        }
        return TypedResults.Ok(graph.Build(limit));
    }

    /// <summary>The claims drawn as the edge <paramref name="source"/> —<paramref name="predicate"/>→ <paramref name="target"/>, rejected ones included and marked.</summary>
    public static async Task<Ok<IReadOnlyList<ClaimView>>> GetEdgeClaimsAsync(
        string source, QueryEnum<Predicate> predicate, string target, INexusStore store, CancellationToken cancellationToken)
    {
        var claims = new List<ClaimView>();
        await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery { EntityId = source, Predicate = predicate.Value }, cancellationToken))
        {
            if (string.Equals(claim.Subject.EntityId, source, StringComparison.Ordinal) && string.Equals(claim.Object?.EntityId, target, StringComparison.Ordinal))
            {
                claims.Add(ClaimView.From(claim));
            }
        }
        return TypedResults.Ok<IReadOnlyList<ClaimView>>(claims);
    }

    private static async Task AddAsync(ClaimGraph graph, INexusStore store, ClaimQuery query, CancellationToken cancellationToken)
    {
        await foreach (var claim in store.ReadClaimsAsync(query, cancellationToken))
        {
            graph.Add(claim);
        }
    }
}
