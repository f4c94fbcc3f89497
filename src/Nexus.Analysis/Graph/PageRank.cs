namespace Nexus.Analysis.Graph;

/// <summary>
/// Weighted PageRank over the directed arcs (subject → object; both ways for symmetric predicates),
/// arcs weighted by assertion strength. Ranks sum to 1; the rank of nodes without outgoing arcs is
/// spread evenly, so none leaks away. QuikGraph's <c>PageRankAlgorithm</c> ignores weights and loses
/// the rank of such nodes, which would favour whoever the author named last; the benchmarks compare both.
/// </summary>
internal static class PageRank
{
    public const double Damping = 0.85;

    public static double[] Compute(AssertionGraph graph, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }
        var (offsets, targets, weights) = (graph.OutOffsets, graph.OutTargets, graph.OutWeights);
        var outWeight = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                outWeight[i] += weights[k];
            }
        }
        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (outWeight[i] == 0)
                {
                    dangling += rank[i];
                }
            }
            Array.Fill(next, ((1 - Damping) / n) + (Damping * dangling / n));
            for (var i = 0; i < n; i++)
            {
                if (outWeight[i] > 0)
                {
                    var share = Damping * rank[i] / outWeight[i];
                    for (var k = offsets[i]; k < offsets[i + 1]; k++)
                    {
                        next[targets[k]] += share * weights[k];
                    }
                }
            }
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change += Math.Abs(next[i] - rank[i]);
            }
            (rank, next) = (next, rank);
            if (change < tolerance)
            {
                break;
            }
        }
        return rank;
    }
}
