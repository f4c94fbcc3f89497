using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Nexus.Analysis.Graph;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;
using QuikGraph.Algorithms.Search;

namespace Nexus.Benchmarks.Analysis;

/// <summary>
/// Betweenness and PageRank on a 1,000,000-link assertion graph (200,000 entities, preferential
/// attachment), single-threaded, against baselines measured in the same run: QuikGraph's PageRank on
/// the same arcs (same fixed iteration count), and QuikGraph's breadth-first search from the same
/// sampled sources (the search alone, without Brandes' accumulation, so a lower bound on any
/// betweenness built on it). Betweenness is estimated from <see cref="CentralityOptions.BetweennessSamples"/>
/// sources, as <see cref="LinkAnalysis.Centrality"/> does above that many nodes; exact betweenness
/// would need one search per node (200,000).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[MemoryDiagnoser]
public class CentralityBenchmarks
{
    public const int Nodes = 200_000;
    public const int LinksPerNode = 5;
    /// <summary>Sources for the per-source comparison with QuikGraph, whose search is too slow to run a thousand times per iteration.</summary>
    public const int BaselineSources = 20;

    public const int PageRankIterations = 30;

    private AssertionGraph _graph = null!;
    private BidirectionalGraph<int, SEdge<int>> _arcs = null!;
    private UndirectedGraph<int, SEdge<int>> _links = null!;
    private int[] _sources = [];

    [GlobalSetup]
    public void Setup()
    {
        _graph = SyntheticGraphs.PreferentialAttachment(Nodes, LinksPerNode, seed: 1);
        _arcs = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: false, Nodes, 8);
        _arcs.AddVertexRange(Enumerable.Range(0, Nodes));
        for (var v = 0; v < Nodes; v++)
        {
            for (var k = _graph.OutOffsets[v]; k < _graph.OutOffsets[v + 1]; k++)
            {
                _arcs.AddEdge(new SEdge<int>(v, _graph.OutTargets[k]));
            }
        }
        _links = new UndirectedGraph<int, SEdge<int>>(allowParallelEdges: false);
        _links.AddVertexRange(Enumerable.Range(0, Nodes));
        for (var v = 0; v < Nodes; v++)
        {
            for (var k = _graph.Offsets[v]; k < _graph.Offsets[v + 1]; k++)
            {
                if (v < _graph.Targets[k])
                {
                    _links.AddEdge(new SEdge<int>(v, _graph.Targets[k]));
                }
            }
        }
        _sources = Betweenness.Sources(Nodes, BaselineSources);
        Console.WriteLine($"// graph: {_graph.NodeCount} nodes, {_graph.EdgeCount} links, {_graph.OutTargets.Length} arcs");
    }

    [Benchmark(Description = "Nexus: betweenness (1,000 sampled sources) + PageRank, 1M links")]
    public double BetweennessAndPageRank()
    {
        var options = new CentralityOptions();
        return Betweenness.All(_graph, options.BetweennessSamples, evidence: true, CancellationToken.None)[0]
            + PageRank.Compute(_graph, options.PageRankTolerance, options.PageRankIterations, CancellationToken.None)[0];
    }

    [Benchmark(Description = "Nexus: betweenness from 20 sources")]
    public double Betweenness20() => Betweenness.All(_graph, BaselineSources, evidence: true, CancellationToken.None)[0];

    [Benchmark(Baseline = true, Description = "QuikGraph: BFS from the same 20 sources (no accumulation)")]
    public int QuikGraphSearch20()
    {
        var reached = 0;
        foreach (var source in _sources)
        {
            var search = new UndirectedBreadthFirstSearchAlgorithm<int, SEdge<int>>(_links);
            search.DiscoverVertex += _ => reached++;
            search.Compute(source);
        }
        return reached;
    }

    [Benchmark(Description = "Nexus: weighted PageRank, 30 iterations")]
    public double PageRank30() => PageRank.Compute(_graph, 0, PageRankIterations, CancellationToken.None)[0];

    [Benchmark(Description = "QuikGraph: PageRank, 30 iterations")]
    public double QuikGraphPageRank30()
    {
        var algorithm = new PageRankAlgorithm<int, SEdge<int>>(_arcs) { MaxIterations = PageRankIterations, Tolerance = 0 };
        algorithm.Compute();
        return algorithm.Ranks[0];
    }
}
