namespace Nexus.Storage;

/// <summary>Filters for entity lookup; all optional.</summary>
public sealed record EntityQuery
{
    /// <summary>Matches the canonical name or any alias, case- and accent-insensitively, by prefix or containment.</summary>
    public string? Text { get; init; }

    public EntityType? Type { get; init; }

    public PageRequest Page { get; init; } = new();
}
