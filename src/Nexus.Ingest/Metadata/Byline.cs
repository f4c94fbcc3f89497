namespace Nexus.Ingest.Metadata;

/// <summary>Authors named on a byline line, and the date when the line carries one.</summary>
internal sealed record Byline(ImmutableArray<string> Authors, DateLine? Date);
