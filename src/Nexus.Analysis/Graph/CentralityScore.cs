using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>An entity's place in the graph.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Degree">Distinct entities it is linked to.</param>
/// <param name="Strength">Summed strength of its assertions (6 for a confirmed one down to 1 for one that cannot be judged).</param>
/// <param name="Betweenness">Shortest, best-evidenced paths between other pairs that run through it (estimated when sampled).</param>
/// <param name="PageRank">Weighted PageRank over subject → object links; all ranks sum to 1.</param>
/// <param name="Community">Its Louvain community, 0 the largest.</param>
public sealed record CentralityScore(AssessedEntity Entity, int Degree, double Strength, double Betweenness, double PageRank, int Community);
