namespace Nexus.Engine.Extraction;

public sealed record EntityDto(string Id, EntityType Type, EntityKind? Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Refs);
