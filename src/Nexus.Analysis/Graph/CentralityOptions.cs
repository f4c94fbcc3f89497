namespace Nexus.Analysis.Graph;

/// <summary>How centrality is computed.</summary>
public sealed record CentralityOptions
{
    /// <summary>
    /// Betweenness is exact up to this many nodes, and estimated from this many sampled sources above
    /// (one breadth-first search each: about 15–20 s per thousand on a 1,000,000-link graph).
    /// </summary>
    public int BetweennessSamples { get; init; } = 1000;

    public double PageRankTolerance { get; init; } = 1e-10;

    public int PageRankIterations { get; init; } = 100;
}
