namespace Nexus.Web.Entities;

/// <summary>
/// An entity's profile for the UI: names, external ids, roles, and every claim about it grouped by
/// predicate, each claim with its holder, modality, date and evidence.
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
    public static EntityProfileResponse From(EntityProfile profile) => new(
        profile.Id,
        profile.Type,
        profile.Kind,
        profile.Name,
        [.. profile.Aliases.Where(a => !string.Equals(a.Name, profile.Name, StringComparison.Ordinal)).Select(a => new AliasItem(a.Name, a.Source))],
        profile.Refs,
        profile.Coordinates,
        profile.Members.Select(m => m.Member.DocumentId).Distinct(StringComparer.Ordinal).Count(),
        RoleItem.Of(profile),
        profile.Claims.Count,
        [.. profile.Claims.GroupBy(c => c.Predicate).OrderBy(g => g.Key).Select(g => new ClaimGroup(g.Key, [.. g]))]);
}
