namespace Nexus.Engine.Extraction;

public sealed record MentionDto(
    int Start, int End, string Text, EntityType Type, EntityKind? Kind, string? Entity, double Confidence, string Source,
    IReadOnlyList<string> Refs);
