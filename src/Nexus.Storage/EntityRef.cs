namespace Nexus.Storage;

/// <summary>An end of a claim: the global entity (null before resolution) and the name to show.</summary>
public sealed record EntityRef(string? EntityId, string Name, EntityType Type);
