using Nexus.Analysis.Graph;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace Nexus.Analysis.Tests.Graph;

/// <summary>The graph algorithms on small graphs, against brute force or a second implementation.</summary>
public sealed class AlgorithmTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void BetweennessMatchesCountingEveryShortestPath(int seed, bool evidence)
    {
        var graph = RandomGraph(seed, 12, 20);

        var fast = Betweenness.All(graph, int.MaxValue, evidence, CancellationToken.None);

        var slow = BruteForceBetweenness(graph, evidence);
        for (var i = 0; i < graph.NodeCount; i++)
        {
            Assert.Equal(slow[i], fast[i], 9);
        }
    }

    [Fact]
    public void GroupBetweennessCountsOnlyPathsFromSourcesToTargets()
    {
        // 0 reaches target 3 in two hops through 1 (credibility 2) or 4 (credibility 5); 2 hangs off 3 and is no target.
        var graph = Graph(5, (0, 1, 2), (1, 3, 2), (0, 4, 5), (4, 3, 5), (3, 2, 1));
        var targets = new bool[5];
        targets[3] = true;

        var weighted = Betweenness.Between(graph, [0], targets, evidence: true, CancellationToken.None);
        var plain = Betweenness.Between(graph, [0], targets, evidence: false, CancellationToken.None);

        Assert.Equal([0, 1, 0, 0, 0], weighted);
        Assert.Equal([0, 0.5, 0, 0, 0.5], plain);
    }

    [Fact]
    public void BetterEvidenceBreaksTiesBetweenEquallyShortPaths()
    {
        var graph = Graph(4, (0, 1, 2), (1, 3, 2), (0, 2, 4), (2, 3, 4));

        var plain = Betweenness.All(graph, int.MaxValue, evidence: false, CancellationToken.None);
        var weighted = Betweenness.All(graph, int.MaxValue, evidence: true, CancellationToken.None);

        Assert.Equal(plain[1], plain[2]);
        Assert.True(weighted[1] > weighted[2]);
    }

    [Fact]
    public void SampledBetweennessEstimatesTheExactOne()
    {
        var graph = RandomGraph(7, 400, 1600);

        var exact = Betweenness.All(graph, int.MaxValue, evidence: false, CancellationToken.None);
        var sampled = Betweenness.All(graph, 200, evidence: false, CancellationToken.None);

        var top = Enumerable.Range(0, graph.NodeCount).OrderByDescending(i => exact[i]).Take(10).ToHashSet();
        var sampledTop = Enumerable.Range(0, graph.NodeCount).OrderByDescending(i => sampled[i]).Take(10);
        Assert.True(sampledTop.Count(top.Contains) >= 6);
        Assert.InRange(sampled.Sum() / exact.Sum(), 0.9, 1.1);
    }

    [Fact]
    public void PageRankAgreesWithQuikGraphWhereTheirModelsMeet()
    {
        // Unit weights and no dangling nodes: QuikGraph's unnormalised ranks are n times the normalised ones.
        var rows = new[] { (0, 1), (1, 2), (2, 0), (2, 3), (3, 0), (1, 3) };
        var graph = AssertionGraph.FromLinks(
            ["a", "b", "c", "d"], [.. rows.Select(r => (r.Item1, r.Item2, 6, false))], new Assertion[rows.Length]);
        var quik = new BidirectionalGraph<int, SEdge<int>>();
        quik.AddVerticesAndEdgeRange(rows.Select(r => new SEdge<int>(r.Item1, r.Item2)));
        var reference = new PageRankAlgorithm<int, SEdge<int>>(quik) { MaxIterations = 500, Tolerance = 1e-14 };
        reference.Compute();

        var ranks = PageRank.Compute(graph, 1e-14, 500, CancellationToken.None);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(reference.Ranks[i] / 4, ranks[i], 6);
        }
    }

    [Fact]
    public void PageRankKeepsTheRankOfNodesWithoutOutgoingLinks()
    {
        var graph = AssertionGraph.FromLinks(["a", "b", "c"], [(0, 1, 1, false), (2, 1, 6, false)], new Assertion[2]);

        var ranks = PageRank.Compute(graph, 1e-12, 200, CancellationToken.None);

        Assert.Equal(1.0, ranks.Sum(), 9);
        Assert.True(ranks[1] > ranks[0]);
        Assert.Equal(ranks[0], ranks[2], 9);
    }

    [Fact]
    public void LouvainSeparatesTwoCliquesJoinedByOneLink()
    {
        var links = new List<(int, int, int)>();
        foreach (var offset in new[] { 0, 5 })
        {
            for (var i = 0; i < 5; i++)
            {
                for (var j = i + 1; j < 5; j++)
                {
                    links.Add((offset + i, offset + j, 2));
                }
            }
        }
        links.Add((4, 5, 6));

        var (community, modularity) = Louvain.Detect(Graph(10, [.. links]), CancellationToken.None);

        Assert.Equal(2, community.Distinct().Count());
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(community[0], community[i]));
        Assert.All(Enumerable.Range(5, 5), i => Assert.Equal(community[5], community[i]));
        Assert.InRange(modularity, 0.4, 0.5);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void KShortestPathsMatchEnumeratingEveryPath(int seed)
    {
        var graph = RandomGraph(seed, 12, 26);

        var found = EvidencePaths.Find(graph, 0, 11, 6, 5);

        var all = SimplePaths(graph, 0, 11, 5).Select(p => (p.Count, p.Sum(e => graph.Credibility[e]))).Order().ToList();
        Assert.Equal(all.Take(6), found.Select(p => (p.Edges.Count, p.Edges.Sum(e => graph.Credibility[e]))));
        Assert.All(found, p => Assert.Equal(p.Nodes.Count, p.Nodes.Distinct().Count()));
        Assert.Equal(found.Count, found.Select(p => string.Join(",", p.Nodes)).Distinct().Count());
    }

    [Fact]
    public void PathsLongerThanTheLimitAreNotFound()
    {
        var chain = Graph(5, (0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1));

        Assert.Empty(EvidencePaths.Find(chain, 0, 4, 3, 3));
        Assert.Single(EvidencePaths.Find(chain, 0, 4, 3, 4));
    }

    [Fact]
    public void ComponentsSplitUnlinkedParts()
    {
        var component = Components.Of(Graph(5, (0, 1, 1), (1, 2, 1), (3, 4, 1)));

        Assert.Equal(component[0], component[2]);
        Assert.Equal(component[3], component[4]);
        Assert.NotEqual(component[0], component[3]);
    }

    private static AssertionGraph Graph(int nodes, params (int From, int To, int Credibility)[] links) =>
        AssertionGraph.FromLinks(
            [.. Enumerable.Range(0, nodes).Select(i => "n" + i)],
            [.. links.Select(l => (l.From, l.To, l.Credibility, true))],
            new Assertion[links.Length]);

    private static AssertionGraph RandomGraph(int seed, int nodes, int links)
    {
        var random = new Random(seed);
        var pairs = new HashSet<(int, int)>();
        for (var i = 1; i < nodes; i++)
        {
            pairs.Add((random.Next(i), i));
        }
        while (pairs.Count < links)
        {
            var (a, b) = (random.Next(nodes), random.Next(nodes));
            if (a != b)
            {
                pairs.Add((Math.Min(a, b), Math.Max(a, b)));
            }
        }
        return Graph(nodes, [.. pairs.Select(p => (p.Item1, p.Item2, random.Next(1, 7)))]);
    }

    /// <summary>Every loopless path of at most <paramref name="maxHops"/> hops, as edge lists.</summary>
    private static List<List<int>> SimplePaths(AssertionGraph graph, int source, int target, int maxHops)
    {
        var paths = new List<List<int>>();
        void Walk(int node, List<int> edges, HashSet<int> seen)
        {
            if (node == target)
            {
                paths.Add([.. edges]);
                return;
            }
            if (edges.Count == maxHops)
            {
                return;
            }
            for (var k = graph.Offsets[node]; k < graph.Offsets[node + 1]; k++)
            {
                if (seen.Add(graph.Targets[k]))
                {
                    edges.Add(graph.EdgeOf[k]);
                    Walk(graph.Targets[k], edges, seen);
                    edges.RemoveAt(edges.Count - 1);
                    seen.Remove(graph.Targets[k]);
                }
            }
        }
        Walk(source, [], [source]);
        return paths;
    }

    /// <summary>For every pair, every shortest path (by hops, then summed credibility when <paramref name="evidence"/>), enumerated.</summary>
    private static double[] BruteForceBetweenness(AssertionGraph graph, bool evidence)
    {
        var scores = new double[graph.NodeCount];
        for (var s = 0; s < graph.NodeCount; s++)
        {
            for (var t = s + 1; t < graph.NodeCount; t++)
            {
                var paths = AllPathsNodes(graph, s, t);
                if (paths.Count == 0)
                {
                    continue;
                }
                var best = paths.Min(p => Key(p));
                var shortest = paths.Where(p => Key(p) == best).ToList();
                foreach (var path in shortest)
                {
                    foreach (var v in path.Nodes.Skip(1).SkipLast(1))
                    {
                        scores[v] += 1.0 / shortest.Count;
                    }
                }
            }
        }
        return scores;

        (int, int) Key((List<int> Nodes, List<int> Edges) p) => (p.Edges.Count, evidence ? p.Edges.Sum(e => graph.Credibility[e]) : 0);
    }

    private static List<(List<int> Nodes, List<int> Edges)> AllPathsNodes(AssertionGraph graph, int source, int target) =>
        [.. SimplePaths(graph, source, target, graph.NodeCount).Select(edges =>
        {
            var nodes = new List<int> { source };
            foreach (var e in edges)
            {
                var last = nodes[^1];
                for (var k = graph.Offsets[last]; k < graph.Offsets[last + 1]; k++)
                {
                    if (graph.EdgeOf[k] == e)
                    {
                        nodes.Add(graph.Targets[k]);
                        break;
                    }
                }
            }
            return (nodes, edges);
        })];
}
