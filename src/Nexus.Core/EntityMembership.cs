namespace Nexus.Core;

/// <summary>
/// Why a document-local entity belongs to a global entity: every merge explains itself
/// ("same name after normalisation", "alias of un:QDe.118", "analyst merge").
/// </summary>
/// <param name="Member">The document-local entity.</param>
/// <param name="EntityId">The global entity it resolved to.</param>
/// <param name="Reason">Which rule, alias or curation joined it.</param>
/// <param name="Score">0..1 similarity or confidence of the join; 1 for exact and curated joins.</param>
public sealed record EntityMembership(DocumentEntityRef Member, string EntityId, string Reason, double Score);
