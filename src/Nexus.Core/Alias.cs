namespace Nexus.Core;

/// <summary>A name an entity is known by, and where that name came from (a document id, "un", "misp", "analyst").</summary>
public sealed record Alias(string Name, string Source);
