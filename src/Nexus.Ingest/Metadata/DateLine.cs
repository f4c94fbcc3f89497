namespace Nexus.Ingest.Metadata;

/// <summary>A line that is nothing but a date: "Published: 03:49 PM, 27 February 2026", "Updated 28 Feb 2026".</summary>
internal sealed record DateLine(DateOnly Date, TimeOnly? Time, bool IsUpdate);
