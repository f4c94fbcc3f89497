namespace Nexus.Analysis.Graph;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the undirected graph weighted by assertion
/// strength: nodes move to the neighbouring community that raises modularity most, communities are
/// folded into nodes, and again, until nothing moves. Nodes are visited in index order, so the result
/// is the same run to run. QuikGraph has no community detection.
/// </summary>
internal static class Louvain
{
    /// <summary>The community of each node (0 the largest), and the partition's modularity.</summary>
    public static (int[] Community, double Modularity) Detect(AssertionGraph graph, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var level = Level.Of(graph);
        var membership = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (community, moved) = MoveNodes(level);
            if (!moved)
            {
                break;
            }
            for (var i = 0; i < n; i++)
            {
                membership[i] = community[membership[i]];
            }
            level = level.Fold(community);
        }
        var renumbered = Renumber(membership);
        return (renumbered, Modularity(Level.Of(graph), renumbered));
    }

    /// <summary>Local moving until a pass moves nothing; communities numbered 0..c-1.</summary>
    private static (int[] Community, bool Moved) MoveNodes(Level level)
    {
        var n = level.Count;
        var community = Enumerable.Range(0, n).ToArray();
        var total = (double[])level.Degree.Clone();
        var toCommunity = new double[n];
        var touched = new List<int>();
        var twiceWeight = level.Degree.Sum();
        var movedAny = false;
        if (twiceWeight == 0)
        {
            return (community, false);
        }
        bool moved;
        do
        {
            moved = false;
            for (var i = 0; i < n; i++)
            {
                var own = community[i];
                foreach (var (j, weight) in level.Neighbours(i))
                {
                    if (j == i)
                    {
                        continue;
                    }
                    if (toCommunity[community[j]] == 0)
                    {
                        touched.Add(community[j]);
                    }
                    toCommunity[community[j]] += weight;
                }
                total[own] -= level.Degree[i];
                var best = own;
                var bestGain = toCommunity[own] - (total[own] * level.Degree[i] / twiceWeight);
                foreach (var c in touched)
                {
                    var gain = toCommunity[c] - (total[c] * level.Degree[i] / twiceWeight);
                    if (gain > bestGain + 1e-12 || (Math.Abs(gain - bestGain) <= 1e-12 && c < best && best != own))
                    {
                        (best, bestGain) = (c, gain);
                    }
                }
                total[best] += level.Degree[i];
                if (best != own)
                {
                    community[i] = best;
                    moved = movedAny = true;
                }
                foreach (var c in touched)
                {
                    toCommunity[c] = 0;
                }
                toCommunity[own] = 0;
                touched.Clear();
            }
        }
        while (moved);
        return (Renumber(community), movedAny);
    }

    /// <summary>Community numbers 0..c-1, the largest first, ties by the smallest member.</summary>
    private static int[] Renumber(int[] community)
    {
        var order = community.Select((c, i) => (c, i)).GroupBy(p => p.c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.i))
            .Select((g, rank) => (g.Key, rank)).ToDictionary(p => p.Key, p => p.rank);
        return [.. community.Select(c => order[c])];
    }

    private static double Modularity(Level level, int[] community)
    {
        var twiceWeight = level.Degree.Sum();
        if (twiceWeight == 0)
        {
            return 0;
        }
        var inside = new double[level.Count];
        var total = new double[level.Count];
        for (var i = 0; i < level.Count; i++)
        {
            total[community[i]] += level.Degree[i];
            foreach (var (j, weight) in level.Neighbours(i))
            {
                if (community[j] == community[i])
                {
                    inside[community[i]] += weight;
                }
            }
        }
        return Enumerable.Range(0, level.Count).Sum(c => (inside[c] / twiceWeight) - Math.Pow(total[c] / twiceWeight, 2));
    }

    /// <summary>
    /// One level's weighted graph: each undirected edge appears in both ends' lists; a folded
    /// community's internal weight is a self-loop entry counted as it sums (both directions).
    /// </summary>
    private sealed class Level
    {
        private readonly int[] _offsets;
        private readonly int[] _targets;
        private readonly double[] _weights;

        private Level(int[] offsets, int[] targets, double[] weights)
        {
            (_offsets, _targets, _weights) = (offsets, targets, weights);
            Degree = new double[Count];
            for (var i = 0; i < Count; i++)
            {
                for (var k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    Degree[i] += weights[k];
                }
            }
        }

        public int Count => _offsets.Length - 1;

        public double[] Degree { get; }

        public static Level Of(AssertionGraph graph) =>
            new(graph.Offsets, graph.Targets, [.. graph.EdgeOf.Select(e => graph.Strength[e])]);

        public IEnumerable<(int Node, double Weight)> Neighbours(int node)
        {
            for (var k = _offsets[node]; k < _offsets[node + 1]; k++)
            {
                yield return (_targets[k], _weights[k]);
            }
        }

        /// <summary>The graph of communities: weights between communities summed, inside ones as self-loops.</summary>
        public Level Fold(int[] community)
        {
            var count = community.Max() + 1;
            var rows = new Dictionary<int, double>[count];
            for (var c = 0; c < count; c++)
            {
                rows[c] = [];
            }
            for (var i = 0; i < Count; i++)
            {
                var row = rows[community[i]];
                for (var k = _offsets[i]; k < _offsets[i + 1]; k++)
                {
                    var c = community[_targets[k]];
                    row[c] = row.GetValueOrDefault(c) + _weights[k];
                }
            }
            var offsets = new int[count + 1];
            for (var c = 0; c < count; c++)
            {
                offsets[c + 1] = offsets[c] + rows[c].Count;
            }
            var targets = new int[offsets[count]];
            var weights = new double[offsets[count]];
            for (var c = 0; c < count; c++)
            {
                var k = offsets[c];
                foreach (var (d, w) in rows[c].OrderBy(p => p.Key))
                {
                    targets[k] = d;
                    weights[k++] = w;
                }
            }
            return new Level(offsets, targets, weights);
        }
    }
}
