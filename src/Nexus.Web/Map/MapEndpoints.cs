using Nexus.Engine;

namespace Nexus.Web.Map;

/// <summary>
/// <c>GET /api/map</c>: located entities and the claims located at them: where a claim happened (its place), else the
/// place it is about ("ISIL controls Mosul", "attacked Mumbai", "operates in Balochistan"), with its polarity, so that a
/// town lost shows as lost.
/// </summary>
public static class MapEndpoints
{
    public const int MaxEvents = 2000;

    public static RouteGroupBuilder MapMap(this RouteGroupBuilder api)
    {
        api.MapGet("/map", GetMapAsync).WithName("GetMap").WithTags("Map");
        return api;
    }

    public static async Task<Ok<MapResponse>> GetMapAsync(INexusStore store, CancellationToken cancellationToken)
    {
        var places = new Dictionary<string, MapPlace>(StringComparer.Ordinal);
        await foreach (var entity in store.ReadEntitiesAsync(cancellationToken))
        {
            if (entity.Coordinates is { } point)
            {
                places[entity.Id] = new MapPlace(entity.Id, entity.Name, entity.Type, entity.Kind, point.Latitude, point.Longitude);
            }
        }
        var events = new List<MapEvent>();
        await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery(), cancellationToken))
        {
            if (!claim.Rejected && (Located(claim.Place, places) ?? Located(claim.Object, places)) is { } place)
            {
                events.Add(new MapEvent(
                    claim.Id, claim.Claim.Predicate, claim.Subject.Name, claim.Subject.EntityId, claim.Object?.Name, place.Id,
                    place.Latitude, place.Longitude, claim.Claim.Time?.Text ?? Dates.Iso(claim.DocumentPublished), claim.Claim.Modality,
                    claim.Claim.Polarity));
                if (events.Count == MaxEvents)
                {
                    break;
                }
            }
        }
        return TypedResults.Ok(new MapResponse([.. places.Values.OrderBy(p => p.Name, StringComparer.Ordinal)], events));
    }

    private static MapPlace? Located(EntityRef? end, Dictionary<string, MapPlace> places) =>
        end?.EntityId is { } id && places.TryGetValue(id, out var place) && place.Type == EntityType.Location ? place : null;
}
