using System.Xml;

namespace Nexus.Export.Graphs;

/// <summary>
/// Writes a <see cref="GraphModel"/> as GEXF 1.2, a dynamic graph with dates: each edge spans its
/// claim's interval (<c>start</c>/<c>end</c>, either side left open when the claim leaves it open),
/// so Gephi's timeline shows when each tie is said to hold. Undated claims hold throughout.
/// </summary>
public static class GexfWriter
{
    private const string Ns = "http://www.gexf.net/1.2draft";

    public static async Task WriteAsync(GraphModel graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var xml = GraphXml.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.OpenAsync(Ns, "gexf", ("version", "1.2"));
        await xml.OpenAsync(Ns, "meta");
        await xml.WriteElementStringAsync(null, "creator", Ns, "Nexus");
        await xml.WriteElementStringAsync(null, "description", Ns, "Evidence graph: one edge per claim, with its holder, modality and evidence.");
        await xml.WriteEndElementAsync();
        await xml.OpenAsync(Ns, "graph", ("mode", "dynamic"), ("defaultedgetype", "directed"), ("timeformat", "date"));
        await AttributesAsync(xml, "node", GraphModel.NodeAttributes);
        await AttributesAsync(xml, "edge", GraphModel.EdgeAttributes);
        await xml.OpenAsync(Ns, "nodes");
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.OpenAsync(Ns, "node", ("id", node.Id), ("label", node.Attributes["label"]));
            await ValuesAsync(xml, GraphModel.NodeAttributes, node.Attributes);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.OpenAsync(Ns, "edges");
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.OpenAsync(Ns, "edge", ("id", edge.Id), ("source", edge.Source), ("target", edge.Target), ("label", edge.Attributes["predicate"]),
                ("start", Engine.Dates.Iso(edge.Start)), ("end", Engine.Dates.Iso(edge.End)));
            await ValuesAsync(xml, GraphModel.EdgeAttributes, edge.Attributes);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task AttributesAsync(XmlWriter xml, string scope, ImmutableArray<string> names)
    {
        await xml.OpenAsync(Ns, "attributes", ("class", scope), ("mode", "static"));
        foreach (var name in names)
        {
            await xml.OpenAsync(Ns, "attribute", ("id", name), ("title", name), ("type", GraphAttributeTypes.Of(name)));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }

    private static async Task ValuesAsync(XmlWriter xml, ImmutableArray<string> names, ImmutableDictionary<string, string> values)
    {
        await xml.OpenAsync(Ns, "attvalues");
        foreach (var name in names)
        {
            await xml.OpenAsync(Ns, "attvalue", ("for", name), ("value", values[name]));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }
}
