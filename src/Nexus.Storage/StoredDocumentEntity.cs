namespace Nexus.Storage;

/// <summary>A document-local entity with its document's id and publication date, as resolution reads it.</summary>
public sealed record StoredDocumentEntity(string DocumentId, DocumentEntity Entity, DateOnly? Published);
