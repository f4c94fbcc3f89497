namespace Nexus.Storage;

/// <summary>An entity in a listing, with how much evidence mentions it.</summary>
public sealed record EntitySummary(
    string Id,
    EntityType Type,
    EntityKind? Kind,
    string Name,
    int DocumentCount,
    int ClaimCount,
    string? MatchedAlias);
