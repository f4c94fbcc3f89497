namespace Nexus.Resolution.Entities;

/// <summary>
/// Union-find over members that refuses joins the evidence contradicts: two clusters whose
/// references from the same list differ (un:QDe.118 vs un:QDe.096), or whose kinds differ
/// (state_agency vs armed_group), stay apart however similar their names. Edges are applied
/// strongest first, so the outcome does not depend on input order.
/// </summary>
internal sealed class Clustering
{
    private readonly int[] parent;
    private readonly List<HashSet<string>> refs;
    private readonly List<HashSet<EntityKind>> kinds;

    public Clustering(IReadOnlyList<Member> members)
    {
        parent = [.. Enumerable.Range(0, members.Count)];
        refs = [.. members.Select(m => m.IdentityRefs.ToHashSet(StringComparer.Ordinal))];
        kinds = [.. members.Select(m => m.Entity.Kind is { } k && k != EntityKind.Other ? new HashSet<EntityKind> { k } : [])];
        Joined = [.. members.Select(_ => (Edge?)null)];
    }

    /// <summary>For each member, the strongest applied edge that touches it.</summary>
    public Edge?[] Joined { get; }

    public int Find(int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /// <summary>Applies an edge; false when it would join contradicting clusters.</summary>
    public bool Apply(Edge edge)
    {
        var a = Find(edge.A);
        var b = Find(edge.B);
        if (a != b)
        {
            if (Conflict(refs[a], refs[b]) || (kinds[a].Count > 0 && kinds[b].Count > 0 && !kinds[a].Overlaps(kinds[b])))
            {
                return false;
            }
            var (root, child) = a < b ? (a, b) : (b, a);
            parent[child] = root;
            refs[root].UnionWith(refs[child]);
            kinds[root].UnionWith(kinds[child]);
        }
        Joined[edge.A] ??= edge;
        Joined[edge.B] ??= edge;
        return true;
    }

    /// <summary>Members grouped by cluster, each group and the list in member order.</summary>
    public List<List<int>> Groups() =>
        [.. Enumerable.Range(0, parent.Length).GroupBy(Find).Select(g => g.Order().ToList()).OrderBy(g => g[0])];

    private static bool Conflict(HashSet<string> x, HashSet<string> y)
    {
        foreach (var scheme in x.Select(Scheme).Distinct(StringComparer.Ordinal))
        {
            var mine = x.Where(r => Scheme(r) == scheme).ToList();
            var theirs = y.Where(r => Scheme(r) == scheme).ToList();
            if (theirs.Count > 0 && !mine.Intersect(theirs, StringComparer.Ordinal).Any())
            {
                return true;
            }
        }
        return false;
    }

    private static string Scheme(string reference) => reference[..Math.Max(0, reference.IndexOf(':', StringComparison.Ordinal))];
}
