namespace Nexus.Analysis.Graph;

/// <summary>
/// Assertions as a graph in compressed sparse rows: entities are nodes 0..n-1; every pair of entities
/// linked by at least one kept assertion is one undirected edge, carrying its assertions, the best
/// credibility among them and their summed strength; the directed arcs (subject → object, both ways for
/// symmetric predicates) carry strengths for PageRank. Immutable once built; safe to share.
/// </summary>
internal sealed class AssertionGraph
{
    /// <summary>A hop costs this much plus the edge's credibility (1..6), so fewer hops always win and better evidence breaks ties.</summary>
    public const int HopCost = 100;

    private AssertionGraph(
        string[] nodes,
        int[] offsets,
        int[] targets,
        int[] edgeOf,
        int[] credibility,
        double[] strength,
        int[][] edgeAssertions,
        Assertion[] assertions,
        int[] outOffsets,
        int[] outTargets,
        double[] outWeights)
    {
        Nodes = nodes;
        Offsets = offsets;
        Targets = targets;
        EdgeOf = edgeOf;
        Credibility = credibility;
        Strength = strength;
        EdgeAssertions = edgeAssertions;
        Assertions = assertions;
        OutOffsets = outOffsets;
        OutTargets = outTargets;
        OutWeights = outWeights;
        Index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            Index[nodes[i]] = i;
        }
    }

    /// <summary>Entity id of each node.</summary>
    public string[] Nodes { get; }

    public Dictionary<string, int> Index { get; }

    public int NodeCount => Nodes.Length;

    public int EdgeCount => Credibility.Length;

    /// <summary>Node i's neighbours are <see cref="Targets"/>[Offsets[i]..Offsets[i+1]], over edges <see cref="EdgeOf"/> at the same places.</summary>
    public int[] Offsets { get; }

    public int[] Targets { get; }

    public int[] EdgeOf { get; }

    /// <summary>The best (lowest) credibility among each edge's assertions.</summary>
    public int[] Credibility { get; }

    /// <summary>Each edge's summed assertion strength (7 − credibility each): the weight for communities.</summary>
    public double[] Strength { get; }

    /// <summary>Indices into <see cref="Assertions"/> of each edge's assertions, best first.</summary>
    public int[][] EdgeAssertions { get; }

    public Assertion[] Assertions { get; }

    public int[] OutOffsets { get; }

    public int[] OutTargets { get; }

    public double[] OutWeights { get; }

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>The cost of crossing an edge in evidence path and broker searches.</summary>
    public int Cost(int edge) => HopCost + Credibility[edge];

    /// <summary>How much an assertion graded <paramref name="credibility"/> weighs: 6 for confirmed down to 1 for cannot be judged.</summary>
    public static double StrengthOf(int credibility) => 7 - credibility;

    /// <summary>The graph of the assertions <paramref name="filter"/> keeps; <paramref name="typeOf"/> gives each entity's type.</summary>
    public static AssertionGraph Build(IEnumerable<Assertion> assertions, Func<string, EntityType> typeOf, GraphFilter filter)
    {
        var kept = assertions
            .Where(a => a.Object is { } o && o != a.Subject && filter.Keeps(a, typeOf(a.Subject), typeOf(o)))
            .ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new List<string>();
        int Node(string id)
        {
            if (!index.TryGetValue(id, out var i))
            {
                index[id] = i = nodes.Count;
                nodes.Add(id);
            }
            return i;
        }
        var links = new (int From, int To, int Credibility, bool Symmetric)[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            links[i] = (Node(kept[i].Subject), Node(kept[i].Object!), kept[i].Grade.Credibility, Ontology.Describe(kept[i].Predicate).Symmetric);
        }
        return FromLinks([.. nodes], links, kept);
    }

    /// <summary>
    /// The graph of raw links between nodes 0..n-1, one per assertion in <paramref name="assertions"/>
    /// (same order); for benchmarks and tests that need no assessment behind the links.
    /// </summary>
    public static AssertionGraph FromLinks(string[] nodes, (int From, int To, int Credibility, bool Symmetric)[] links, Assertion[] assertions)
    {
        var n = nodes.Length;
        var pairs = new Dictionary<long, int>(links.Length);
        var edgeCredibility = new List<int>();
        var edgeStrength = new List<double>();
        var edgeMembers = new List<List<int>>();
        var ends = new List<(int, int)>();
        for (var i = 0; i < links.Length; i++)
        {
            var (a, b, credibility, _) = links[i];
            var (lo, hi) = a < b ? (a, b) : (b, a);
            var key = ((long)lo << 32) | (uint)hi;
            if (!pairs.TryGetValue(key, out var edge))
            {
                pairs[key] = edge = ends.Count;
                ends.Add((lo, hi));
                edgeCredibility.Add(credibility);
                edgeStrength.Add(0);
                edgeMembers.Add([]);
            }
            edgeCredibility[edge] = Math.Min(edgeCredibility[edge], credibility);
            edgeStrength[edge] += StrengthOf(credibility);
            edgeMembers[edge].Add(i);
        }
        var offsets = new int[n + 1];
        foreach (var (lo, hi) in ends)
        {
            offsets[lo + 1]++;
            offsets[hi + 1]++;
        }
        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }
        var fill = offsets[..n];
        var targets = new int[offsets[n]];
        var edgeOf = new int[offsets[n]];
        for (var e = 0; e < ends.Count; e++)
        {
            var (lo, hi) = ends[e];
            targets[fill[lo]] = hi;
            edgeOf[fill[lo]++] = e;
            targets[fill[hi]] = lo;
            edgeOf[fill[hi]++] = e;
        }
        var (outOffsets, outTargets, outWeights) = Arcs(n, links);
        return new AssertionGraph(
            nodes, offsets, targets, edgeOf, [.. edgeCredibility], [.. edgeStrength],
            [.. edgeMembers.Select(m => m.OrderBy(i => links[i].Credibility).ToArray())],
            assertions, outOffsets, outTargets, outWeights);
    }

    /// <summary>Directed arcs with summed strengths; a symmetric link gives both directions.</summary>
    private static (int[], int[], double[]) Arcs(int n, (int From, int To, int Credibility, bool Symmetric)[] links)
    {
        var weights = new Dictionary<long, double>(links.Length);
        void Add(int from, int to, double weight)
        {
            var key = ((long)from << 32) | (uint)to;
            weights[key] = weights.GetValueOrDefault(key) + weight;
        }
        foreach (var (from, to, credibility, symmetric) in links)
        {
            Add(from, to, StrengthOf(credibility));
            if (symmetric)
            {
                Add(to, from, StrengthOf(credibility));
            }
        }
        var offsets = new int[n + 1];
        foreach (var key in weights.Keys)
        {
            offsets[(int)(key >> 32) + 1]++;
        }
        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }
        var fill = offsets[..n];
        var targets = new int[weights.Count];
        var values = new double[weights.Count];
        foreach (var (key, weight) in weights)
        {
            var from = (int)(key >> 32);
            targets[fill[from]] = (int)(key & 0xFFFFFFFF);
            values[fill[from]++] = weight;
        }
        return (offsets, targets, values);
    }
}
