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
    private static int[] Sources(int n, int samples)
    {
        var all = Enumerable.Range(0, n).ToArray();
        if (samples >= n)
        {
            return all;
        }
        new Random(20_260_227).Shuffle(all);
        return all[..samples];
    }

    /// <summary>One source's search state, reused from source to source; only visited entries are reset.</summary>
    private sealed class Search
    {
        private readonly AssertionGraph _graph;
        private readonly bool _evidence;
        private readonly int[] _hops;
        private readonly int[] _cost;
        private readonly double[] _paths;
        private readonly double[] _dependency;
        private readonly int[] _order;
        private int _count;

        public Search(AssertionGraph graph, bool evidence)
        {
            _graph = graph;
            _evidence = evidence;
            var n = graph.NodeCount;
            _hops = new int[n];
            Array.Fill(_hops, -1);
            _cost = new int[n];
            _paths = new double[n];
            _dependency = new double[n];
            _order = new int[n];
        }

        public void Run(int source)
        {
            for (var i = 0; i < _count; i++)
            {
                var v = _order[i];
                _hops[v] = -1;
                _paths[v] = 0;
                _dependency[v] = 0;
            }
            var (offsets, targets, edgeOf) = (_graph.Offsets, _graph.Targets, _graph.EdgeOf);
            _hops[source] = 0;
            _cost[source] = 0;
            _paths[source] = 1;
            _order[0] = source;
            _count = 1;
            for (var head = 0; head < _count; head++)
            {
                var v = _order[head];
                var next = _hops[v] + 1;
                for (var k = offsets[v]; k < offsets[v + 1]; k++)
                {
                    var w = targets[k];
                    var cost = _cost[v] + Step(edgeOf[k]);
                    if (_hops[w] < 0)
                    {
                        _hops[w] = next;
                        _cost[w] = cost;
                        _paths[w] = _paths[v];
                        _order[_count++] = w;
                    }
                    else if (_hops[w] == next)
                    {
                        if (cost < _cost[w])
                        {
                            _cost[w] = cost;
                            _paths[w] = _paths[v];
                        }
                        else if (cost == _cost[w])
                        {
                            _paths[w] += _paths[v];
                        }
                    }
                }
            }
        }

        /// <summary>Adds the source's dependencies to <paramref name="scores"/>; <paramref name="targets"/> null counts every node as a target.</summary>
        public void Accumulate(double[] scores, bool[]? targets)
        {
            var (offsets, neighbours, edgeOf) = (_graph.Offsets, _graph.Targets, _graph.EdgeOf);
            for (var i = _count - 1; i > 0; i--)
            {
                var w = _order[i];
                var share = ((targets is null || targets[w] ? 1 : 0) + _dependency[w]) / _paths[w];
                var above = _hops[w] - 1;
                for (var k = offsets[w]; k < offsets[w + 1]; k++)
                {
                    var v = neighbours[k];
                    if (_hops[v] == above && _cost[v] + Step(edgeOf[k]) == _cost[w])
                    {
                        _dependency[v] += _paths[v] * share;
                    }
                }
                scores[w] += _dependency[w];
            }
        }

        private int Step(int edge) => _evidence ? _graph.Credibility[edge] : 0;
    }
}
