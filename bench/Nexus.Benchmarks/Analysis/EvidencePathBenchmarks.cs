using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Nexus.Analysis.Assessment;
using Nexus.Analysis.Graph;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace Nexus.Benchmarks.Analysis;

/// <summary>
/// Evidence paths over 1,000,000 claims (50,000 documents, 100,000 entities): the best three chains
/// of at most four hops between entities four hops apart, each with its assertions and claims, per
/// query; against baselines measured in the same run: a naive breadth-first search from the source
/// until it reaches the target (one path, no claims), and QuikGraph's Yen k-shortest paths (three
/// paths) over the same graph. The store's claims are read once and assessed (timed separately here);
/// queries then run on the assessment in memory, as <c>nexus serve</c> would keep it.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class EvidencePathBenchmarks
{
    public const int Claims = 1_000_000;
    public const int Queries = 20;
    public const int YenQueries = 2;

    private SyntheticCorpus _corpus = null!;
    private LinkAnalysis _links = null!;
    private (string From, string To, int Source, int Target)[] _pairs = [];
    private AdjacencyGraph<int, EquatableTaggedEdge<int, double>> _quik = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new SyntheticCorpus(Claims, claimsPerDocument: 20, entities: 100_000, seed: 2);
        var assessment = Assess();
        _links = new LinkAnalysis(assessment);
        var graph = _links.Graph;
        _pairs = [.. PairsFourHopsApart(graph, new Random(3)).Take(Queries)];
        _quik = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: false);
        _quik.AddVertexRange(Enumerable.Range(0, graph.NodeCount));
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
            {
                _quik.AddEdge(new EquatableTaggedEdge<int, double>(v, graph.Targets[k], graph.Cost(graph.EdgeOf[k])));
            }
        }
        Console.WriteLine($"// {assessment.Claims.Count} claims, {assessment.Stories.Length} stories, {assessment.Assertions.Length} assertions; graph {graph.NodeCount} entities, {graph.EdgeCount} links; {_pairs.Length} pairs four hops apart");
    }

    [Benchmark(Description = "Nexus: assess 1M claims (stories, grades, contradictions)")]
    public int AssessAll() => Assess().Assertions.Length;

    [Benchmark(OperationsPerInvoke = Queries, Description = "Nexus: best 3 evidence paths (≤ 4 hops) with claims, per query")]
    public int EvidencePaths()
    {
        var hops = 0;
        foreach (var (from, to, _, _) in _pairs)
        {
            hops += _links.Paths(from, to, new PathOptions { Count = 3, MaxHops = 4 }).Sum(p => p.Length);
        }
        return hops;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries, Description = "Naive BFS from the source to the target, one path, per query")]
    public int NaiveBreadthFirst()
    {
        var graph = _links.Graph;
        var found = 0;
        foreach (var (_, _, source, target) in _pairs)
        {
            var seen = new Dictionary<int, int> { [source] = -1 };
            var queue = new Queue<int>([source]);
            while (queue.TryDequeue(out var v) && v != target)
            {
                for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
                {
                    if (seen.TryAdd(graph.Targets[k], v))
                    {
                        queue.Enqueue(graph.Targets[k]);
                    }
                }
            }
            found += seen.ContainsKey(target) ? 1 : 0;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = YenQueries, Description = "QuikGraph: Yen, 3 shortest paths, per query")]
    public int QuikGraphYen()
    {
        var paths = 0;
        foreach (var (_, _, source, target) in _pairs.Take(YenQueries))
        {
            paths += new YenShortestPathsAlgorithm<int>(_quik, source, target, 3, e => e.Tag).Execute().Count();
        }
        return paths;
    }

    private AssessmentResult Assess() =>
        EvidenceAssessor.Assess(_corpus.Claims, _corpus.Documents, SourceGrades.From([]), new AssessmentOptions());

    /// <summary>Pairs whose shortest path is exactly four hops, from sources picked at random among entities of low degree.</summary>
    private static IEnumerable<(string, string, int, int)> PairsFourHopsApart(AssertionGraph graph, Random random)
    {
        while (true)
        {
            var source = random.Next(graph.NodeCount);
            if (graph.Degree(source) > 10)
            {
                continue;
            }
            var hops = new Dictionary<int, int> { [source] = 0 };
            var queue = new Queue<int>([source]);
            var far = new List<int>();
            while (queue.TryDequeue(out var v) && hops[v] < 4)
            {
                for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
                {
                    if (hops.TryAdd(graph.Targets[k], hops[v] + 1))
                    {
                        queue.Enqueue(graph.Targets[k]);
                        if (hops[v] + 1 == 4)
                        {
                            far.Add(graph.Targets[k]);
                        }
                    }
                }
            }
            if (far.Count > 0)
            {
                var target = far[random.Next(far.Count)];
                yield return (graph.Nodes[source], graph.Nodes[target], source, target);
            }
        }
    }
}
