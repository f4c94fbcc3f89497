using System.Globalization;
using System.Text.Json;
using Nexus.Web.Api;

namespace Nexus.Web.Entities;

/// <summary>
/// An entity's profile for the UI: names, external ids, roles, and its claims grouped by predicate —
/// every group counted in full, with its first claims (each with its holder, modality, date and
/// evidence) and a link to the rest.
/// </summary>
public sealed record EntityProfileResponse(
    string Id,
    EntityType Type,
    EntityKind? Kind,
    string Name,
    IReadOnlyList<AliasItem> Aliases,
    IReadOnlyList<string> Refs,
    GeoPoint? Coordinates,
    int Documents,
    IReadOnlyList<RoleItem> Roles,
    int ClaimCount,
    IReadOnlyList<ClaimGroup> Groups)
{
    /// <summary>How many claims a "more" page of a group asks for.</summary>
    public const int NextPageSize = 50;

    /// <summary>
    /// Reads the profile of <paramref name="entity"/>: its claims are counted per predicate and
    /// modality, and only the first <paramref name="perGroup"/> of each predicate are read.
    /// </summary>
    public static async Task<EntityProfileResponse> ReadAsync(INexusStore store, Entity entity, int perGroup, CancellationToken cancellationToken)
    {
        var documents = (await store.GetEntitySummaryAsync(entity.Id, cancellationToken))?.DocumentCount ?? 0;
        var tallies = await store.CountClaimsAsync(new ClaimQuery { EntityId = entity.Id }, cancellationToken);
        var roleClaims = new List<ClaimView>();
        if (tallies.Any(t => t.WithRole > 0))
        {
            await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery { EntityId = entity.Id, HasRole = true }, cancellationToken))
            {
                roleClaims.Add(ClaimView.From(claim));
            }
        }
        var first = (await store.GetClaimsPerPredicateAsync(entity.Id, perGroup, cancellationToken)).Select(ClaimView.From).ToLookup(c => c.Predicate);
        return new EntityProfileResponse(
            entity.Id,
            entity.Type,
            entity.Kind,
            entity.Name,
            [.. entity.Aliases.Where(a => !string.Equals(a.Name, entity.Name, StringComparison.Ordinal)).Select(a => new AliasItem(a.Name, a.Source))],
            entity.Refs,
            entity.Coordinates,
            documents,
            RoleItem.Of(entity.Id, roleClaims),
            tallies.Sum(t => t.Claims),
            [.. tallies.GroupBy(t => t.Predicate).OrderBy(g => g.Key).Select(g => Group(entity.Id, g.Key, g, [.. first[g.Key]]))]);
    }

    private static ClaimGroup Group(string entityId, Predicate predicate, IEnumerable<ClaimTally> tallies, IReadOnlyList<ClaimView> claims)
    {
        var count = tallies.Sum(t => t.Claims);
        return new ClaimGroup(
            predicate,
            count,
            [.. tallies.OrderBy(t => t.Modality).Select(t => new ModalityCount(t.Modality, t.Claims))],
            claims,
            claims.Count < count ? NextLink(entityId, predicate, claims.Count) : null);
    }

    private static string NextLink(string entityId, Predicate predicate, int offset) => string.Create(
        CultureInfo.InvariantCulture,
        $"/api/entities/{Uri.EscapeDataString(entityId)}/claims?predicate={JsonNamingPolicy.SnakeCaseLower.ConvertName(predicate.ToString())}&offset={offset}&limit={NextPageSize}");
}
