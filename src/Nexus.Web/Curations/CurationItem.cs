namespace Nexus.Web.Curations;

/// <summary>A stored curation, as the audit trail shows it.</summary>
public sealed record CurationItem(string Id, CurationAction Action, IReadOnlyList<string> Targets, string? Value, string? Reason, string? Analyst, DateTimeOffset At)
{
    public static CurationItem From(Core.Curation curation) =>
        new(curation.Id, curation.Action, curation.Targets, curation.Value, curation.Reason, curation.Analyst, curation.At);
}
