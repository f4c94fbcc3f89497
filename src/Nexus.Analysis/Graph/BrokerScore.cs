using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>
/// A broker: how much of the shortest, best-evidenced linking runs through the entity. Between two
/// groups, <see cref="Score"/> sums, over every pair of a first-group and a second-group member, the
/// share of their shortest paths through it, and <see cref="Share"/> divides by the number of pairs;
/// overall, it is the entity's betweenness and its share of all pairs.
/// </summary>
public sealed record BrokerScore(AssessedEntity Entity, double Score, double Share, BrokerPosition? Position);
