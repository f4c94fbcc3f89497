namespace Nexus.Engine.Extraction;

public sealed record HolderDto(string? Entity, string Text, HolderKind Kind);
