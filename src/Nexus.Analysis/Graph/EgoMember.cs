using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>An entity of an ego network and its distance in hops from the centre.</summary>
public sealed record EgoMember(AssessedEntity Entity, int Distance);
