namespace Nexus.Engine.Extraction;

public sealed record TimeDto(string Text, string? Start, string? End, TimeGranularity Granularity, TimeQualifier Qualifier);
