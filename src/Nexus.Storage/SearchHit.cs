namespace Nexus.Storage;

/// <summary>A full-text search match with a short highlighted snippet.</summary>
public sealed record SearchHit(string DocumentId, string? Title, string Snippet, double Rank);
