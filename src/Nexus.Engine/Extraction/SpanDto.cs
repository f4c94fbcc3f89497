namespace Nexus.Engine.Extraction;

public sealed record SpanDto(int Start, int End);
