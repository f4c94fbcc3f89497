namespace Nexus.Storage;

/// <summary>
/// An end of a claim: the global entity (null before resolution, or when the document entity was
/// left out of it), the name to show (the global name when resolved, else the document's) and the type.
/// </summary>
public sealed record EntityRef(string? EntityId, string Name, EntityType Type);
