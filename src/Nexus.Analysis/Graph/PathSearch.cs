namespace Nexus.Analysis.Graph;

/// <summary>
/// The best path between two nodes: fewest hops, then the lowest summed credibility (best evidence),
/// found by a bidirectional breadth-first search that expands whole levels from the side with the
/// smaller frontier. Every shortest path crosses the forward frontier at a node both searches have
/// settled, and each side's second label (summed credibility) is exact for every node it settled, so
/// the best meeting node gives the best path. Nodes and edges can be banned (for Yen's spur paths).
/// Not thread-safe: one instance per query.
/// </summary>
internal sealed class PathSearch
{
    private readonly AssertionGraph _graph;
    private readonly Side _forward;
    private readonly Side _backward;

    public PathSearch(AssertionGraph graph)
    {
        _graph = graph;
        _forward = new Side(graph.NodeCount);
        _backward = new Side(graph.NodeCount);
    }

    /// <summary>The nodes and edges of the best path of at most <paramref name="maxHops"/> hops, or null.</summary>
    public (List<int> Nodes, List<int> Edges)? Find(int source, int target, int maxHops, HashSet<int> bannedNodes, HashSet<int> bannedEdges)
    {
        _forward.Start(source);
        _backward.Start(target);
        if (source == target)
        {
            return ([source], []);
        }
        while (_forward.Radius + _backward.Radius < maxHops && _forward.Frontier.Count > 0 && _backward.Frontier.Count > 0)
        {
            var (grow, other) = _forward.Frontier.Count <= _backward.Frontier.Count ? (_forward, _backward) : (_backward, _forward);
            if (Expand(grow, other, bannedNodes, bannedEdges) is { } meet)
            {
                return Path(meet);
            }
        }
        return null;
    }

    /// <summary>Grows <paramref name="side"/> by one level; returns the best meeting node when the sides now touch.</summary>
    private int? Expand(Side side, Side other, HashSet<int> bannedNodes, HashSet<int> bannedEdges)
    {
        var (offsets, targets, edgeOf) = (_graph.Offsets, _graph.Targets, _graph.EdgeOf);
        var next = new List<int>();
        var touched = false;
        foreach (var v in side.Frontier)
        {
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var (w, edge) = (targets[k], edgeOf[k]);
                if (bannedNodes.Contains(w) || bannedEdges.Contains(edge))
                {
                    continue;
                }
                var cost = side.Cost[v] + _graph.Credibility[edge];
                if (side.Hops[w] < 0)
                {
                    side.Reach(w, side.Radius + 1, cost, v, edge);
                    next.Add(w);
                    touched |= other.Hops[w] >= 0;
                }
                else if (side.Hops[w] == side.Radius + 1 && cost < side.Cost[w])
                {
                    side.Improve(w, cost, v, edge);
                }
            }
        }
        side.Advance(next);
        if (!touched)
        {
            return null;
        }
        int? best = null;
        var (bestHops, bestCost) = (int.MaxValue, int.MaxValue);
        foreach (var v in side.Visited)
        {
            if (other.Hops[v] < 0)
            {
                continue;
            }
            var (hops, cost) = (side.Hops[v] + other.Hops[v], side.Cost[v] + other.Cost[v]);
            if (hops < bestHops || (hops == bestHops && cost < bestCost))
            {
                (best, bestHops, bestCost) = (v, hops, cost);
            }
        }
        return best;
    }

    private (List<int>, List<int>) Path(int meet)
    {
        var nodes = new List<int>();
        var edges = new List<int>();
        for (var v = meet; _forward.Parent[v] >= 0; v = _forward.Parent[v])
        {
            nodes.Add(v);
            edges.Add(_forward.ParentEdge[v]);
        }
        nodes.Add(_forward.Root);
        nodes.Reverse();
        edges.Reverse();
        for (var v = meet; _backward.Parent[v] >= 0; v = _backward.Parent[v])
        {
            edges.Add(_backward.ParentEdge[v]);
            nodes.Add(_backward.Parent[v]);
        }
        return (nodes, edges);
    }

    /// <summary>One direction's labels; resetting touches only the nodes the last search reached.</summary>
    private sealed class Side
    {
        public Side(int n)
        {
            Hops = new int[n];
            Cost = new int[n];
            Parent = new int[n];
            ParentEdge = new int[n];
            Array.Fill(Hops, -1);
            Array.Fill(Cost, int.MaxValue);
        }

        public int[] Hops { get; }

        public int[] Cost { get; }

        public int[] Parent { get; }

        public int[] ParentEdge { get; }

        public List<int> Visited { get; } = [];

        public List<int> Frontier { get; private set; } = [];

        public int Radius { get; private set; }

        public int Root { get; private set; }

        public void Start(int root)
        {
            foreach (var v in Visited)
            {
                Hops[v] = -1;
                Cost[v] = int.MaxValue;
            }
            Visited.Clear();
            Root = root;
            Radius = 0;
            Reach(root, 0, 0, -1, -1);
            Frontier = [root];
        }

        public void Reach(int node, int hops, int cost, int parent, int edge)
        {
            Hops[node] = hops;
            Visited.Add(node);
            Improve(node, cost, parent, edge);
        }

        public void Improve(int node, int cost, int parent, int edge)
        {
            Cost[node] = cost;
            Parent[node] = parent;
            ParentEdge[node] = edge;
        }

        public void Advance(List<int> next)
        {
            Frontier = next;
            Radius++;
        }
    }
}
