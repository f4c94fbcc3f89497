namespace Nexus.Web.Curations;

/// <summary>
/// An analyst's decision as posted: <c>merge</c> (entity ids), <c>split</c> (members
/// <c>documentId#key</c>), <c>rename</c> (one entity, value = new name), <c>reject_claim</c> /
/// <c>confirm_claim</c> (claim ids), <c>grade_source</c> (one publisher, value = A–G).
/// </summary>
public sealed record CurationRequest(CurationAction Action, IReadOnlyList<string>? Targets, string? Value, string? Reason, string? Analyst);
