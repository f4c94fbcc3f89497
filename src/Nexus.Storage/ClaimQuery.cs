namespace Nexus.Storage;

/// <summary>Filters for claims; all optional. An entity filter matches subject or object.</summary>
public sealed record ClaimQuery
{
    public string? EntityId { get; init; }

    public string? DocumentId { get; init; }

    public Predicate? Predicate { get; init; }

    /// <summary>Only claims that name a role ("coordinator" of ISKP), as a profile's roles are read.</summary>
    public bool HasRole { get; init; }

    public PageRequest Page { get; init; } = new(0, 1000);
}
