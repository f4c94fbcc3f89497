namespace Nexus.Export.Snapshots;

/// <summary>A document-local entity and the global entity resolution joined it to (null when it was left out).</summary>
public sealed record LinkedEntity(DocumentEntity Entity, string? EntityId);
