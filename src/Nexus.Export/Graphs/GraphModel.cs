using System.Globalization;
using Nexus.Export.Snapshots;
using Nexus.Export.Statements;

namespace Nexus.Export.Graphs;

/// <summary>
/// The evidence graph as GraphML and GEXF draw it: a node per entity, an edge per claim nobody
/// rejected that affirms a tie (two-place, positive, not denied: a tie its source negates is no
/// edge for centrality or paths to count; a death has no second end). Parallel edges stay apart, one per
/// claim, so that each keeps its own holder, modality and evidence. Every attribute is present on
/// every node and edge, empty when unknown, so that tools never meet a missing key.
/// </summary>
public sealed record GraphModel(ImmutableArray<GraphNode> Nodes, ImmutableArray<GraphEdge> Edges)
{
    /// <summary>Node attributes, in the order they are declared.</summary>
    public static readonly ImmutableArray<string> NodeAttributes = ["label", "type", "kind", "grade", "aliases", "refs"];

    /// <summary>Edge attributes, in the order they are declared.</summary>
    public static readonly ImmutableArray<string> EdgeAttributes =
    [
        "predicate", "modality", "polarity", "holder", "holder_kind", "holder_via", "statement", "evidence", "role", "item", "time",
        "start_date", "end_date", "grade", "independent_sources", "document", "document_title", "published", "publisher",
        "reliability", "marking", "extraction_confidence", "symmetric",
    ];

    public static GraphModel From(ExportSnapshot snapshot)
    {
        var index = new SnapshotIndex(snapshot);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new List<GraphEdge>();
        var grades = new Dictionary<string, AdmiraltyGrade>(StringComparer.Ordinal);
        foreach (var assertion in snapshot.Assertions)
        {
            foreach (var end in new[] { assertion.Subject, assertion.Object }.OfType<string>())
            {
                if (!grades.TryGetValue(end, out var best) || Stronger(assertion.Grade, best))
                {
                    grades[end] = assertion.Grade;
                }
            }
        }
        foreach (var entity in snapshot.Entities)
        {
            nodes[entity.Id] = Node(entity.Id, entity.Name, entity.Type, entity.Kind, entity.Aliases.Select(a => a.Name), entity.Refs, grades);
        }
        foreach (var claim in index.AcceptedClaims.Where(SnapshotIndex.Affirms))
        {
            if (claim.Object is not { } obj)
            {
                continue;
            }
            var source = NodeFor(claim.Subject, claim.DocumentId, claim.Claim.Subject, nodes, grades);
            var target = NodeFor(obj, claim.DocumentId, claim.Claim.Object!, nodes, grades);
            edges.Add(Edge(claim, source, target, index));
        }
        return new GraphModel([.. nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal)], [.. edges]);
    }

    /// <summary>A better grade: more credible, then more reliable.</summary>
    private static bool Stronger(AdmiraltyGrade a, AdmiraltyGrade b) =>
        a.Credibility < b.Credibility || (a.Credibility == b.Credibility && a.Reliability < b.Reliability);

    private static string NodeFor(EntityRef end, string documentId, string key, Dictionary<string, GraphNode> nodes, Dictionary<string, AdmiraltyGrade> grades)
    {
        var id = end.EntityId ?? documentId + "#" + key;
        if (!nodes.ContainsKey(id))
        {
            nodes[id] = Node(id, end.Name, end.Type, null, [], [], grades);
        }
        return id;
    }

    private static GraphNode Node(string id, string name, EntityType type, EntityKind? kind, IEnumerable<string> aliases, IEnumerable<string> refs, Dictionary<string, AdmiraltyGrade> grades) =>
        new(id, new Dictionary<string, string>
        {
            ["label"] = name,
            ["type"] = EnumNames.Snake(type),
            ["kind"] = kind is { } k ? EnumNames.Snake(k) : "",
            ["grade"] = grades.TryGetValue(id, out var grade) ? grade.ToString() : "",
            ["aliases"] = string.Join("; ", aliases),
            ["refs"] = string.Join("; ", refs),
        }.ToImmutableDictionary());

    private static GraphEdge Edge(StoredClaim stored, string source, string target, SnapshotIndex index)
    {
        var claim = stored.Claim;
        var assertion = index.AssertionOf(stored);
        var metadata = index.Document(stored.DocumentId)?.Metadata;
        return new GraphEdge(stored.Id, source, target, claim.Time?.Start, claim.Time?.End, new Dictionary<string, string>
        {
            ["predicate"] = EnumNames.Snake(claim.Predicate),
            ["modality"] = EnumNames.Snake(claim.Modality),
            ["polarity"] = EnumNames.Snake(claim.Polarity),
            ["holder"] = claim.Holder.Text,
            ["holder_kind"] = EnumNames.Snake(claim.Holder.Kind),
            ["holder_via"] = ClaimStatement.Relayers(claim.Holder),
            ["statement"] = ClaimStatement.Of(stored),
            ["evidence"] = stored.EvidenceText,
            ["role"] = claim.Role ?? "",
            ["item"] = claim.Item ?? "",
            ["time"] = claim.Time?.Text ?? "",
            ["start_date"] = Engine.Dates.Iso(claim.Time?.Start) ?? "",
            ["end_date"] = Engine.Dates.Iso(claim.Time?.End) ?? "",
            ["grade"] = assertion?.Grade.ToString() ?? "",
            ["independent_sources"] = assertion?.IndependentSources.ToString(CultureInfo.InvariantCulture) ?? "",
            ["document"] = stored.DocumentId,
            ["document_title"] = stored.DocumentTitle ?? "",
            ["published"] = Engine.Dates.Iso(stored.DocumentPublished) ?? "",
            ["publisher"] = stored.Publisher ?? "",
            ["reliability"] = metadata?.Reliability.ToString() ?? "",
            ["marking"] = metadata is null ? "" : Tlp.Format(metadata.Marking),
            ["extraction_confidence"] = claim.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
            ["symmetric"] = Ontology.Describe(claim.Predicate).Symmetric ? "true" : "false",
        }.ToImmutableDictionary());
    }
}
