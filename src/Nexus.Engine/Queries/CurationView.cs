namespace Nexus.Engine.Queries;

/// <summary>A stored curation as <c>nexus history</c> lists it, with a readable name for each target.</summary>
/// <param name="Id">"cur:…".</param>
/// <param name="At">When the analyst decided.</param>
/// <param name="Action">Merge, split, rename, reject or confirm a claim, grade a source.</param>
/// <param name="Targets">As stored: members ("sha256:…#e3"), claim ids ("sha256:…#c3"), entity ids or names.</param>
/// <param name="TargetNames">For each target, in order: a member's name in its document, a claim as "subject —predicate→ object", else the target itself.</param>
/// <param name="Value">The new name or grade, for actions that carry one.</param>
/// <param name="Reason">The analyst's reason.</param>
/// <param name="Analyst">Who decided.</param>
public sealed record CurationView(
    string Id,
    DateTimeOffset At,
    CurationAction Action,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> TargetNames,
    string? Value,
    string? Reason,
    string? Analyst);
