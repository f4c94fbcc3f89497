namespace Nexus.Web.Curations;

/// <summary>The stored curation and, for merges and renames, the id the entity has now.</summary>
public sealed record CurationResult(CurationItem Curation, string? Entity);
