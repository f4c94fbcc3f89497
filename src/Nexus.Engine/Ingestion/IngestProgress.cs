namespace Nexus.Engine.Ingestion;

/// <summary>Files finished so far out of the total, and the one just finished.</summary>
public sealed record IngestProgress(int Done, int Total, string Current);
