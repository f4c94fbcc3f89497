using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>
/// Link analysis over an assessment: the entities as nodes, the assertions a <see cref="GraphFilter"/>
/// keeps as links. Centrality (degree, betweenness, PageRank), Louvain communities, brokers between
/// two groups, the k best evidence paths with every hop's claims, and ego networks. Shortest means
/// fewest hops, with ties going to the better-graded assertions. Immutable after construction; every
/// query may run on its own thread.
/// </summary>
public sealed class LinkAnalysis
{
    private static readonly ImmutableHashSet<Predicate> Membership =
        [Predicate.MemberOf, Predicate.Leads, Predicate.Founded, Predicate.PartOf];

    private readonly AssertionGraph _graph;

    public LinkAnalysis(AssessmentResult assessment, GraphFilter? filter = null)
    {
        Assessment = assessment;
        Filter = filter ?? GraphFilter.None;
        _graph = AssertionGraph.Build(assessment.Assertions, id => assessment.Entities[id].Type, Filter);
    }

    public AssessmentResult Assessment { get; }

    /// <summary>The graph itself, for benchmarks that compare other implementations on it.</summary>
    internal AssertionGraph Graph => _graph;

    public GraphFilter Filter { get; }

    /// <summary>Entities with at least one kept link.</summary>
    public int EntityCount => _graph.NodeCount;

    /// <summary>Linked pairs of entities (several assertions between one pair make one link).</summary>
    public int LinkCount => _graph.EdgeCount;

    /// <summary>Whether the entity has a kept link.</summary>
    public bool Contains(string entityId) => _graph.Index.ContainsKey(entityId);

    /// <summary>Every linked entity's degree, strength, betweenness, PageRank and community, most between first.</summary>
    public ImmutableArray<CentralityScore> Centrality(CentralityOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CentralityOptions();
        var betweenness = Betweenness.All(_graph, options.BetweennessSamples, evidence: true, cancellationToken);
        var rank = PageRank.Compute(_graph, options.PageRankTolerance, options.PageRankIterations, cancellationToken);
        var (community, _) = Louvain.Detect(_graph, cancellationToken);
        return [.. Enumerable.Range(0, _graph.NodeCount)
            .Select(i => new CentralityScore(Entity(i), _graph.Degree(i), Strength(i), betweenness[i], rank[i], community[i]))
            .OrderByDescending(s => s.Betweenness).ThenByDescending(s => s.PageRank).ThenBy(s => s.Entity.Name, StringComparer.Ordinal)];
    }

    public CommunityReport Communities(CancellationToken cancellationToken = default)
    {
        var (community, modularity) = Louvain.Detect(_graph, cancellationToken);
        var communities = Enumerable.Range(0, _graph.NodeCount).GroupBy(i => community[i]).OrderBy(g => g.Key)
            .Select(g => new Community(g.Key, [.. g.Select(Entity).OrderBy(e => e.Name, StringComparer.Ordinal)]));
        return new CommunityReport([.. communities], modularity);
    }

    /// <summary>Connected components by QuikGraph: entity id to component, 0 the component of the first entity linked.</summary>
    public IReadOnlyDictionary<string, int> Components()
    {
        var component = Nexus.Analysis.Graph.Components.Of(_graph);
        return Enumerable.Range(0, _graph.NodeCount).ToDictionary(i => _graph.Nodes[i], i => component[i], StringComparer.Ordinal);
    }

    /// <summary>The entities through which most shortest, best-evidenced paths run, over all pairs.</summary>
    public ImmutableArray<BrokerScore> Brokers(int top, CentralityOptions? options = null, CancellationToken cancellationToken = default)
    {
        var n = _graph.NodeCount;
        var betweenness = Betweenness.All(_graph, (options ?? new CentralityOptions()).BetweennessSamples, evidence: true, cancellationToken);
        var pairs = Math.Max(1.0, (n - 1.0) * (n - 2.0) / 2);
        return [.. Ranked(Enumerable.Range(0, n).Select(i => new BrokerScore(Entity(i), betweenness[i], betweenness[i] / pairs, null)), top)];
    }

    /// <summary>
    /// Who links the groups of <paramref name="first"/> and <paramref name="second"/> (entity ids):
    /// entities other than the two on the shortest, best-evidenced paths between their members.
    /// </summary>
    public BrokerReport Brokers(string first, string second, int top, CancellationToken cancellationToken = default)
    {
        var (a, b) = (Group(first), Group(second));
        var inFirst = new bool[_graph.NodeCount];
        var inSecond = new bool[_graph.NodeCount];
        a.ForEach(i => inFirst[i] = true);
        b.ForEach(i => inSecond[i] = true);
        var scores = Betweenness.Between(_graph, a, inSecond, evidence: true, cancellationToken);
        var pairs = Math.Max(1.0, (a.Count * b.Count) - a.Count(i => inSecond[i]));
        var brokers = Enumerable.Range(0, _graph.NodeCount)
            .Where(i => _graph.Nodes[i] != first && _graph.Nodes[i] != second)
            .Select(i => new BrokerScore(Entity(i), scores[i], scores[i] / pairs, Position(inFirst[i], inSecond[i])));
        return new BrokerReport(
            Known(first), Known(second), [.. a.Select(Entity)], [.. b.Select(Entity)], [.. Ranked(brokers, top)]);
    }

    /// <summary>
    /// The best <see cref="PathOptions.Count"/> loopless paths of at most <see cref="PathOptions.MaxHops"/>
    /// hops between two entities, fewest hops first, then best evidence; each hop with its assertions and claims.
    /// </summary>
    public ImmutableArray<EvidencePath> Paths(string from, string to, PathOptions? options = null)
    {
        options ??= new PathOptions();
        if (!_graph.Index.TryGetValue(from, out var source) || !_graph.Index.TryGetValue(to, out var target))
        {
            return [];
        }
        return [.. EvidencePaths.Find(_graph, source, target, options.Count, options.MaxHops).Select(p => ToPath(p.Nodes, p.Edges))];
    }

    /// <summary>The entities within <paramref name="radius"/> hops of <paramref name="entityId"/> and the links among them; null for an entity the assessment does not know.</summary>
    public EgoNetwork? Ego(string entityId, int radius)
    {
        if (!Assessment.Entities.TryGetValue(entityId, out var center))
        {
            return null;
        }
        if (!_graph.Index.TryGetValue(entityId, out var start))
        {
            return new EgoNetwork(center, radius, [new EgoMember(center, 0)], []);
        }
        var distance = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var v))
        {
            if (distance[v] == radius)
            {
                continue;
            }
            for (var k = _graph.Offsets[v]; k < _graph.Offsets[v + 1]; k++)
            {
                if (distance.TryAdd(_graph.Targets[k], distance[v] + 1))
                {
                    queue.Enqueue(_graph.Targets[k]);
                }
            }
        }
        var links = new List<EgoLink>();
        foreach (var v in distance.Keys)
        {
            for (var k = _graph.Offsets[v]; k < _graph.Offsets[v + 1]; k++)
            {
                var (w, edge) = (_graph.Targets[k], _graph.EdgeOf[k]);
                if (v < w && distance.ContainsKey(w))
                {
                    links.Add(new EgoLink(_graph.Nodes[v], _graph.Nodes[w], Grade(edge), [.. _graph.EdgeAssertions[edge].Select(i => _graph.Assertions[i].Id)]));
                }
            }
        }
        return new EgoNetwork(
            center, radius,
            [.. distance.OrderBy(p => p.Value).ThenBy(p => Entity(p.Key).Name, StringComparer.Ordinal).Select(p => new EgoMember(Entity(p.Key), p.Value))],
            [.. links]);
    }

    private EvidencePath ToPath(List<int> nodes, List<int> edges)
    {
        var hops = edges.Select((edge, i) => new EvidenceHop(
            Entity(nodes[i]), Entity(nodes[i + 1]), Grade(edge),
            [.. _graph.EdgeAssertions[edge].Select(a => Assessment.Explain(_graph.Assertions[a]))])).ToList();
        var weakest = hops.Select(h => h.Grade).MaxBy(g => (g.Credibility, g.Reliability));
        return new EvidencePath([.. nodes.Select(Entity)], [.. hops], weakest);
    }

    /// <summary>The best grade among an edge's assertions: best credibility, then best reliability.</summary>
    private AdmiraltyGrade Grade(int edge) =>
        _graph.EdgeAssertions[edge].Select(i => _graph.Assertions[i].Grade).MinBy(g => (g.Credibility, g.Reliability));

    /// <summary>The entity and its members (by member_of, leads, founded or part_of), as node indices; empty when it has no links.</summary>
    private List<int> Group(string entityId)
    {
        if (!_graph.Index.TryGetValue(entityId, out var anchor))
        {
            return [];
        }
        var group = new List<int> { anchor };
        for (var k = _graph.Offsets[anchor]; k < _graph.Offsets[anchor + 1]; k++)
        {
            var member = _graph.Nodes[_graph.Targets[k]];
            if (_graph.EdgeAssertions[_graph.EdgeOf[k]].Select(i => _graph.Assertions[i])
                .Any(a => Membership.Contains(a.Predicate) && a.Object == entityId && a.Subject == member))
            {
                group.Add(_graph.Targets[k]);
            }
        }
        return group;
    }

    private static BrokerPosition Position(bool first, bool second) => (first, second) switch
    {
        (true, true) => BrokerPosition.Both,
        (true, false) => BrokerPosition.First,
        (false, true) => BrokerPosition.Second,
        _ => BrokerPosition.Outside,
    };

    private static IEnumerable<BrokerScore> Ranked(IEnumerable<BrokerScore> scores, int top) =>
        scores.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Entity.Name, StringComparer.Ordinal).Take(top);

    private double Strength(int node)
    {
        var sum = 0.0;
        for (var k = _graph.Offsets[node]; k < _graph.Offsets[node + 1]; k++)
        {
            sum += _graph.Strength[_graph.EdgeOf[k]];
        }
        return sum;
    }

    private AssessedEntity Entity(int node) => Assessment.Entities[_graph.Nodes[node]];

    private AssessedEntity Known(string entityId) =>
        Assessment.Entities.TryGetValue(entityId, out var entity) ? entity : throw new ArgumentException($"The assessment knows no entity {entityId}.", nameof(entityId));
}
