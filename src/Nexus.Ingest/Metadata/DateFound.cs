namespace Nexus.Ingest.Metadata;

/// <summary>A date (and the time of day when printed) found in a string, with where it was.</summary>
internal sealed record DateFound(DateOnly Date, TimeOnly? Time, int Start, int End);
