using Nexus.Engine.Queries;

namespace Nexus.Engine.Curations;

/// <summary>A stored curation and what it changed.</summary>
/// <param name="Curation">The record as stored.</param>
/// <param name="Entities">For entity curations: the entities holding the curated members once resolution has rerun.</param>
/// <param name="Claim">For claim curations: the claim as it reads now.</param>
public sealed record CurationResult(Curation Curation, IReadOnlyList<Entity> Entities, ClaimView? Claim);
