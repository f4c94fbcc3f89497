namespace Nexus.Resolution.Entities;

/// <summary>Global entities and, for every document-local entity, which one it joined and why.</summary>
public sealed record ResolutionResult(IReadOnlyList<Entity> Entities, IReadOnlyList<EntityMembership> Memberships);
