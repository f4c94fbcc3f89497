namespace Nexus.Export.Snapshots;

/// <summary>A stored document for export: its text, metadata and document-local entities with the global entity each joined.</summary>
public sealed record ExportDocument(string Id, string Text, DocumentMetadata Metadata, ImmutableArray<LinkedEntity> Entities);
