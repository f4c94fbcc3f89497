using Microsoft.AspNetCore.Mvc;
using Nexus.Analysis.Graph;
using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Links;

/// <summary>Link analysis over the graded assertions: who brokers between groups, and the evidence chains between two entities.</summary>
public static class LinkEndpoints
{
    public const int MaxBrokers = 100;

    public const int MaxPaths = 10;

    public const int MaxHops = 6;

    public static RouteGroupBuilder MapLinks(this RouteGroupBuilder api)
    {
        api.MapGet("/brokers", GetBrokersAsync).WithTags("Links").WithName("GetBrokers");
        api.MapGet("/paths", GetPathsAsync).WithTags("Links").WithName("GetPaths");
        return api;
    }

    /// <summary>
    /// Who links the groups of entities <paramref name="a"/> and <paramref name="b"/> (ids), ranked; with
    /// neither, the whole graph's brokers by betweenness. Only assertions dated within
    /// [<paramref name="from"/>, <paramref name="to"/>] count when those are given.
    /// </summary>
    public static async Task<Results<Ok<BrokersResponse>, ProblemHttpResult, ValidationProblem>> GetBrokersAsync(
        string? a, string? b, [AsParameters] LinkFilter filter, DateOnly? from, DateOnly? to,
        INexusStore store, AssessmentCache cache, CancellationToken cancellationToken, int top = 10)
    {
        if (string.IsNullOrEmpty(a) != string.IsNullOrEmpty(b))
        {
            return Problems.Invalid("b", "Give two entities, a and b, to find who links their groups, or neither for the whole graph's brokers.");
        }
        if (top is < 1 or > MaxBrokers)
        {
            return Problems.Invalid("top", $"top must be between 1 and {MaxBrokers}.");
        }
        if (filter.ToGraphFilter(from, to, out var error) is not { } graphFilter)
        {
            return error!;
        }
        var (groups, missing) = await EntityLookup.AllAsync(store, new[] { a, b }.OfType<string>().Where(id => id.Length > 0), cancellationToken);
        if (missing is not null)
        {
            return missing;
        }
        var links = new LinkAnalysis(await cache.GetAsync(cancellationToken), graphFilter);
        if (groups.Count == 0)
        {
            return TypedResults.Ok(BrokersResponse.Overall(links.Brokers(top, cancellationToken: cancellationToken)));
        }
        if (groups.FirstOrDefault(g => !links.Assessment.Entities.ContainsKey(g.Id)) is { } unassessed)
        {
            return Problems.NotFound($"{unassessed.Name} takes part in no assessed claim.");
        }
        return TypedResults.Ok(BrokersResponse.Of(links.Brokers(groups[0].Id, groups[1].Id, top, cancellationToken)));
    }

    /// <summary>The best <paramref name="k"/> evidence chains of at most <paramref name="maxHops"/> hops between two entities (ids), each hop with its claims.</summary>
    public static async Task<Results<Ok<PathsResponse>, ProblemHttpResult, ValidationProblem>> GetPathsAsync(
        string? from, string? to, [AsParameters] LinkFilter filter, INexusStore store, AssessmentCache cache, CancellationToken cancellationToken,
        int k = 3, [FromQuery(Name = "max_hops")] int maxHops = 4)
    {
        if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to))
        {
            return Problems.Invalid(string.IsNullOrEmpty(from) ? "from" : "to", "Give the two entities to link, from and to, by id.");
        }
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return Problems.Invalid("to", "from and to must be two different entities.");
        }
        if (k is < 1 or > MaxPaths)
        {
            return Problems.Invalid("k", $"k must be between 1 and {MaxPaths}.");
        }
        if (maxHops is < 1 or > MaxHops)
        {
            return Problems.Invalid("max_hops", $"max_hops must be between 1 and {MaxHops}.");
        }
        if (filter.ToGraphFilter(null, null, out var error) is not { } graphFilter)
        {
            return error!;
        }
        var (ends, missing) = await EntityLookup.AllAsync(store, [from, to], cancellationToken);
        if (missing is not null)
        {
            return missing;
        }
        var result = await cache.GetAsync(cancellationToken);
        var paths = new LinkAnalysis(result, graphFilter).Paths(from, to, new PathOptions { Count = k, MaxHops = maxHops });
        return TypedResults.Ok(new PathsResponse(ends[0], ends[1], [.. paths.Select(p => PathItem.From(result, p))]));
    }
}
