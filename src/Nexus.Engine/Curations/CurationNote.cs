namespace Nexus.Engine.Curations;

/// <summary>Who decides and why: kept with every curation for the audit trail.</summary>
/// <param name="Reason">The analyst's reason, free text.</param>
/// <param name="Analyst">The analyst's name.</param>
public sealed record CurationNote(string? Reason, string? Analyst);
