namespace Nexus.Analysis.Graph;

/// <summary>
/// Brandes' betweenness over the undirected assertion graph, exact or estimated from sampled sources
/// (Brandes and Pich 2007). Shortest paths are the fewest hops; with <c>evidence</c> set, only the
/// best-evidenced of equally short paths count (each hop costs <see cref="AssertionGraph.HopCost"/> plus
/// its credibility), so a path over well-graded assertions outranks one over hearsay. One breadth-first
/// search per source: the tie-break is a second label settled in the same pass, because every
/// predecessor of a node lies one level up and is final before the node is reached.
/// </summary>
internal static class Betweenness
{
    /// <summary>Betweenness of every node over all pairs, each unordered pair counted once; estimated from <paramref name="samples"/> sources when fewer than the nodes.</summary>
    public static double[] All(AssertionGraph graph, int samples, bool evidence, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var scores = new double[n];
        var search = new Search(graph, evidence);
        var sources = Sources(n, samples);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            search.Run(source);
            search.Accumulate(scores, null);
        }
        var scale = n == 0 ? 0 : (double)n / sources.Length / 2;
        for (var i = 0; i < n; i++)
        {
            scores[i] *= scale;
        }
        return scores;
    }

    /// <summary>
    /// How much each node lies on the shortest paths from a node of <paramref name="sources"/> to a node
    /// of <paramref name="targets"/>: for each such pair, the share of its shortest paths through the node.
    /// </summary>
    public static double[] Between(AssertionGraph graph, IEnumerable<int> sources, bool[] targets, bool evidence, CancellationToken cancellationToken)
    {
        var scores = new double[graph.NodeCount];
        var search = new Search(graph, evidence);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            search.Run(source);
            search.Accumulate(scores, targets);
        }
        return scores;
    }

    /// <summary>All nodes, or a fixed-seed sample of them, so that results repeat run to run.</summary>
    internal static int[] Sources(int n, int samples)
    {
        var all = Enumerable.Range(0, n).ToArray();
        if (samples >= n)
        {
            return all;
        }
        new Random(20_260_227).Shuffle(all);
        return all[..samples];
    }

    /// <summary>
    /// One source's search state, reused from source to source; only visited entries are reset. A
    /// node's labels sit together in one struct (one cache line serves a visit). The predecessors of a
    /// node on its best shortest paths are kept in the node's own slice of a flat array (a node has at
    /// most its degree of them), so the backward pass walks predecessors only.
    /// </summary>
    private sealed class Search
    {
        private readonly int[] _offsets;
        private readonly int[] _targets;
        private readonly int[] _steps;
        private readonly Label[] _labels;
        private readonly int[] _order;
        private readonly int[] _predecessors;
        private int _count;

        public Search(AssertionGraph graph, bool evidence)
        {
            (_offsets, _targets) = (graph.Offsets, graph.Targets);
            _steps = evidence ? [.. graph.EdgeOf.Select(e => graph.Credibility[e])] : new int[graph.Targets.Length];
            _labels = new Label[graph.NodeCount];
            for (var i = 0; i < _labels.Length; i++)
            {
                _labels[i].Hops = -1;
            }
            _order = new int[graph.NodeCount];
            _predecessors = new int[graph.Targets.Length];
        }

        public void Run(int source)
        {
            var (labels, order, offsets, targets, steps, predecessors) = (_labels, _order, _offsets, _targets, _steps, _predecessors);
            for (var i = 0; i < _count; i++)
            {
                labels[order[i]] = new Label { Hops = -1 };
            }
            labels[source] = new Label { Hops = 0, Paths = 1 };
            order[0] = source;
            var count = 1;
            for (var head = 0; head < count; head++)
            {
                var v = order[head];
                ref var from = ref labels[v];
                var next = from.Hops + 1;
                for (var k = offsets[v]; k < offsets[v + 1]; k++)
                {
                    var w = targets[k];
                    ref var to = ref labels[w];
                    var through = from.Cost + steps[k];
                    if (to.Hops < 0)
                    {
                        to.Hops = next;
                        to.Cost = through;
                        to.Paths = from.Paths;
                        predecessors[offsets[w]] = v;
                        to.Predecessors = 1;
                        order[count++] = w;
                    }
                    else if (to.Hops == next)
                    {
                        if (through < to.Cost)
                        {
                            to.Cost = through;
                            to.Paths = from.Paths;
                            predecessors[offsets[w]] = v;
                            to.Predecessors = 1;
                        }
                        else if (through == to.Cost)
                        {
                            to.Paths += from.Paths;
                            predecessors[offsets[w] + to.Predecessors++] = v;
                        }
                    }
                }
            }
            _count = count;
        }

        /// <summary>Adds the source's dependencies to <paramref name="scores"/>; <paramref name="targets"/> null counts every node as a target.</summary>
        public void Accumulate(double[] scores, bool[]? targets)
        {
            var (labels, order, offsets, predecessors) = (_labels, _order, _offsets, _predecessors);
            for (var i = _count - 1; i > 0; i--)
            {
                var w = order[i];
                ref var to = ref labels[w];
                var share = ((targets is null || targets[w] ? 1 : 0) + to.Dependency) / to.Paths;
                for (var p = offsets[w]; p < offsets[w] + to.Predecessors; p++)
                {
                    ref var from = ref labels[predecessors[p]];
                    from.Dependency += from.Paths * share;
                }
                scores[w] += to.Dependency;
            }
        }

        /// <summary>What the search knows of a node: hops and summed credibility from the source, shortest paths, dependency, predecessors.</summary>
        private struct Label
        {
            public int Hops;
            public int Cost;
            public int Predecessors;
            public double Paths;
            public double Dependency;
        }
    }
}
