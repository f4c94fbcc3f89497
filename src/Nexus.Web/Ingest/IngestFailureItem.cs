namespace Nexus.Web.Ingest;

/// <summary>An uploaded file (or an item of it) that gave no document, and why.</summary>
public sealed record IngestFailureItem(string File, string? Item, string Error);
