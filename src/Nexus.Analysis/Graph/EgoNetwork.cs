using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>An entity's neighbourhood: every entity within <see cref="Radius"/> hops and every link among them.</summary>
public sealed record EgoNetwork(AssessedEntity Center, int Radius, ImmutableArray<EgoMember> Members, ImmutableArray<EgoLink> Links);
