namespace Nexus.Core;

/// <summary>A global thing, resolved across documents and reference lists.</summary>
public sealed record Entity
{
    /// <summary>Stable id, independent of ingest order.</summary>
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    public EntityKind? Kind { get; init; }

    public required string Name { get; init; }

    public ImmutableArray<Alias> Aliases { get; init; } = [];

    /// <summary>External ids such as "un:QDe.118", "misp:…", "geonames:1168197".</summary>
    public ImmutableArray<string> Refs { get; init; } = [];

    /// <summary>Coordinates for places, when known.</summary>
    public GeoPoint? Coordinates { get; init; }
}
