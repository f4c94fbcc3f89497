namespace Nexus.Analysis.Assessment;

/// <summary>An entity taking part in assessed claims: its global id, name and type.</summary>
public sealed record AssessedEntity(string Id, string Name, EntityType Type);
