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
    /// One source's search state, reused from source to source; only visited entries are reset. The
    /// search is bound by memory traffic, so each adjacency entry packs the neighbour and the hop's
    /// credibility into one word, and the labels a forward step reads sit together in one struct. The
    /// predecessors of a node on its best shortest paths are kept in the node's own slice of a flat
    /// array (a node has at most its degree of them), so the backward pass walks predecessors only.
    /// </summary>
    private sealed class Search
    {
        private const int StepBits = 3;
        private const uint StepMask = (1 << StepBits) - 1;

        private readonly int[] _offsets;
        private readonly uint[] _adjacency;
        private readonly Label[] _labels;
        private readonly double[] _dependency;
        private readonly int[] _order;
        private readonly int[] _predecessors;
        private int _count;

        public Search(AssertionGraph graph, bool evidence)
        {
            _offsets = graph.Offsets;
            _adjacency = new uint[graph.Targets.Length];
            for (var k = 0; k < _adjacency.Length; k++)
            {
                _adjacency[k] = ((uint)graph.Targets[k] << StepBits) | (evidence ? (uint)graph.Credibility[graph.EdgeOf[k]] : 0);
            }
            _labels = new Label[graph.NodeCount];
            for (var i = 0; i < _labels.Length; i++)
            {
                _labels[i].Hops = -1;
            }
            _dependency = new double[graph.NodeCount];
            _order = new int[graph.NodeCount];
            _predecessors = new int[graph.Targets.Length];
        }

        public void Run(int source)
        {
            var (labels, order, offsets, adjacency, predecessors) = (_labels, _order, _offsets, _adjacency, _predecessors);
            for (var i = 0; i < _count; i++)
            {
                labels[order[i]] = new Label { Hops = -1 };
                _dependency[order[i]] = 0;
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
                    var w = (int)(adjacency[k] >> StepBits);
                    ref var to = ref labels[w];
                    var through = from.Cost + (int)(adjacency[k] & StepMask);
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
            var (labels, dependency, order, offsets, predecessors) = (_labels, _dependency, _order, _offsets, _predecessors);
            for (var i = _count - 1; i > 0; i--)
            {
                var w = order[i];
                var share = ((targets is null || targets[w] ? 1 : 0) + dependency[w]) / labels[w].Paths;
                for (var p = offsets[w]; p < offsets[w] + labels[w].Predecessors; p++)
                {
                    var v = predecessors[p];
                    dependency[v] += labels[v].Paths * share;
                }
                scores[w] += dependency[w];
            }
        }

        /// <summary>What the forward search knows of a node: hops and summed credibility from the source, predecessors, shortest paths.</summary>
        private struct Label
        {
            public int Hops;
            public int Cost;
            public int Predecessors;
            public double Paths;
        }
    }
}
