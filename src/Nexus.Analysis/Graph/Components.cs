using QuikGraph;
using QuikGraph.Algorithms;

namespace Nexus.Analysis.Graph;

/// <summary>
/// Connected components, by QuikGraph's algorithm over a delegate view of the compressed rows (no
/// copy of the graph is made).
/// </summary>
internal static class Components
{
    /// <summary>The component of each node, 0 the component of node 0, numbered in order of first node.</summary>
    public static int[] Of(AssertionGraph graph)
    {
        var view = new DelegateUndirectedGraph<int, SEdge<int>>(
            Enumerable.Range(0, graph.NodeCount),
            (int node, out IEnumerable<SEdge<int>> edges) =>
            {
                edges = Adjacent(graph, node);
                return node >= 0 && node < graph.NodeCount;
            },
            allowParallelEdges: false);
        var components = new Dictionary<int, int>(graph.NodeCount);
        view.ConnectedComponents(components);
        var result = new int[graph.NodeCount];
        foreach (var (node, component) in components)
        {
            result[node] = component;
        }
        return result;
    }

    private static IEnumerable<SEdge<int>> Adjacent(AssertionGraph graph, int node)
    {
        for (var k = graph.Offsets[node]; k < graph.Offsets[node + 1]; k++)
        {
            yield return new SEdge<int>(node, graph.Targets[k]);
        }
    }
}
