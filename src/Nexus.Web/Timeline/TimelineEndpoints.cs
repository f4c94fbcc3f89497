using Nexus.Analysis.Timeline;
using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Timeline;

/// <summary>The timeline of one or several entities.</summary>
public static class TimelineEndpoints
{
    public const int MaxEntities = 20;

    public static RouteGroupBuilder MapTimeline(this RouteGroupBuilder api)
    {
        api.MapGet("/timeline", GetTimelineAsync).WithTags("Timeline").WithName("GetTimeline");
        return api;
    }

    /// <summary>
    /// Every claim of an assertion naming one of the entities (ids), oldest first; claims without a
    /// time of their own only with <paramref name="undated"/>, at their document's publication date.
    /// </summary>
    public static async Task<Results<Ok<TimelineResponse>, ProblemHttpResult, ValidationProblem>> GetTimelineAsync(
        string[]? entity, DateOnly? from, DateOnly? to, INexusStore store, AssessmentCache cache, CancellationToken cancellationToken, bool undated = false)
    {
        var ids = (entity ?? []).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count is 0 or > MaxEntities)
        {
            return Problems.Invalid("entity", $"Give between 1 and {MaxEntities} entity ids.");
        }
        var (entities, missing) = await EntityLookup.AllAsync(store, ids, cancellationToken);
        if (missing is not null)
        {
            return missing;
        }
        var entries = TimelineBuilder.Build(await cache.GetAsync(cancellationToken), ids, new TimelineOptions { IncludeUndated = undated, From = from, To = to });
        return TypedResults.Ok(new TimelineResponse(entities, entries));
    }
}
