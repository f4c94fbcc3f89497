namespace Nexus.Engine.Extraction;

public sealed record EvidenceDto(int Start, int End, string Text);
