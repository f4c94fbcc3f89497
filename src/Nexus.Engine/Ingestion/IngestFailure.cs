namespace Nexus.Engine.Ingestion;

/// <summary>A file (or one item of it) that gave no document, and the sentence saying why.</summary>
public sealed record IngestFailure(string Source, string? Item, string Error);
