namespace Nexus.Engine.Queries;

/// <summary>Everything Nexus holds about one entity: names, references, where it was found, and its claims.</summary>
public sealed record EntityProfile(
    string Id,
    EntityType Type,
    EntityKind? Kind,
    string Name,
    IReadOnlyList<Alias> Aliases,
    IReadOnlyList<string> Refs,
    GeoPoint? Coordinates,
    IReadOnlyList<EntityMembership> Members,
    IReadOnlyList<ClaimView> Claims);
