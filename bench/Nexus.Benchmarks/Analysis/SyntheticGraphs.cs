using Nexus.Analysis.Graph;

namespace Nexus.Benchmarks.Analysis;

/// <summary>Graphs and claim stores shaped like link-analysis data: a few hubs, many sparsely linked entities.</summary>
internal static class SyntheticGraphs
{
    /// <summary>
    /// A preferential-attachment graph (Barabási–Albert): each new node links to <paramref name="linksPerNode"/>
    /// earlier nodes chosen in proportion to their degree, so degrees follow a power law as in real
    /// networks of groups and people. Credibility 1–6, mostly 2–3.
    /// </summary>
    public static AssertionGraph PreferentialAttachment(int nodes, int linksPerNode, int seed)
    {
        var random = new Random(seed);
        var ends = new List<int>(nodes * linksPerNode * 2);
        var links = new List<(int, int, int, bool)>(nodes * linksPerNode);
        var chosen = new HashSet<int>();
        for (var v = 1; v < nodes; v++)
        {
            chosen.Clear();
            var wanted = Math.Min(v, linksPerNode);
            while (chosen.Count < wanted)
            {
                chosen.Add(ends.Count == 0 ? 0 : ends[random.Next(ends.Count)]);
            }
            foreach (var u in chosen)
            {
                links.Add((v, u, Credibility(random), random.Next(4) == 0));
                ends.Add(u);
                ends.Add(v);
            }
        }
        return AssertionGraph.FromLinks([.. Enumerable.Range(0, nodes).Select(i => "e" + i)], [.. links], new Nexus.Core.Assertion[links.Count]);
    }

    public static int Credibility(Random random) => random.Next(10) switch
    {
        0 => 1,
        < 4 => 2,
        < 8 => 3,
        8 => 4,
        _ => 6,
    };
}
