namespace Nexus.Analysis.Graph;

/// <summary>
/// Yen's k shortest loopless paths (1971) over <see cref="PathSearch"/>: fewest hops first, then the
/// best-evidenced. QuikGraph's <c>YenShortestPathsAlgorithm</c> runs a whole-graph Dijkstra per spur
/// and has no hop limit; this one searches from both ends and stops at the limit (the benchmarks
/// compare both).
/// </summary>
internal static class EvidencePaths
{
    public static List<(List<int> Nodes, List<int> Edges)> Find(AssertionGraph graph, int source, int target, int count, int maxHops)
    {
        var search = new PathSearch(graph);
        var found = new List<(List<int> Nodes, List<int> Edges)>();
        if (count <= 0 || search.Find(source, target, maxHops, [], []) is not { } first)
        {
            return found;
        }
        found.Add(first);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(first.Nodes) };
        var candidates = new List<(List<int> Nodes, List<int> Edges, int Cost)>();
        while (found.Count < count)
        {
            var last = found[^1];
            for (var i = 0; i < last.Nodes.Count - 1; i++)
            {
                var root = last.Nodes.Take(i + 1).ToList();
                var bannedEdges = found.Where(p => p.Nodes.Count > i + 1 && p.Nodes.Take(i + 1).SequenceEqual(root)).Select(p => p.Edges[i]).ToHashSet();
                var bannedNodes = root.Take(i).ToHashSet();
                if (search.Find(last.Nodes[i], target, maxHops - i, bannedNodes, bannedEdges) is not { } spur)
                {
                    continue;
                }
                var nodes = root.Concat(spur.Nodes.Skip(1)).ToList();
                var edges = last.Edges.Take(i).Concat(spur.Edges).ToList();
                if (seen.Add(Key(nodes)))
                {
                    candidates.Add((nodes, edges, edges.Sum(e => graph.Credibility[e])));
                }
            }
            if (candidates.Count == 0)
            {
                break;
            }
            var best = candidates.OrderBy(c => c.Edges.Count).ThenBy(c => c.Cost).ThenBy(c => Key(c.Nodes), StringComparer.Ordinal).First();
            candidates.Remove(best);
            found.Add((best.Nodes, best.Edges));
        }
        return found;
    }

    private static string Key(List<int> nodes) => string.Join(',', nodes);
}
