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
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Ns);
        await xml.WriteAttributeStringAsync(null, "version", null, "1.2");
        await xml.WriteStartElementAsync(null, "meta", Ns);
        await xml.WriteElementStringAsync(null, "creator", Ns, "Nexus");
        await xml.WriteElementStringAsync(null, "description", Ns, "Evidence graph: one edge per claim, with its holder, modality and evidence.");
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "graph", Ns);
        await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await xml.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await AttributesAsync(xml, "node", GraphModel.NodeAttributes);
        await AttributesAsync(xml, "edge", GraphModel.EdgeAttributes);
        await xml.WriteStartElementAsync(null, "nodes", Ns);
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await xml.WriteAttributeStringAsync(null, "label", null, node.Attributes["label"]);
            await ValuesAsync(xml, GraphModel.NodeAttributes, node.Attributes);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", Ns);
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "edge", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await xml.WriteAttributeStringAsync(null, "label", null, edge.Attributes["predicate"]);
            if (Engine.Dates.Iso(edge.Start) is { } start)
            {
                await xml.WriteAttributeStringAsync(null, "start", null, start);
            }
            if (Engine.Dates.Iso(edge.End) is { } end)
            {
                await xml.WriteAttributeStringAsync(null, "end", null, end);
            }
            await ValuesAsync(xml, GraphModel.EdgeAttributes, edge.Attributes);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task AttributesAsync(XmlWriter xml, string scope, ImmutableArray<string> names)
    {
        await xml.WriteStartElementAsync(null, "attributes", Ns);
        await xml.WriteAttributeStringAsync(null, "class", null, scope);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var name in names)
        {
            await xml.WriteStartElementAsync(null, "attribute", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, name);
            await xml.WriteAttributeStringAsync(null, "title", null, name);
            await xml.WriteAttributeStringAsync(null, "type", null, GraphAttributeTypes.Of(name));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }

    private static async Task ValuesAsync(XmlWriter xml, ImmutableArray<string> names, ImmutableDictionary<string, string> values)
    {
        await xml.WriteStartElementAsync(null, "attvalues", Ns);
        foreach (var name in names)
        {
            await xml.WriteStartElementAsync(null, "attvalue", Ns);
            await xml.WriteAttributeStringAsync(null, "for", null, name);
            await xml.WriteAttributeStringAsync(null, "value", null, values[name]);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }
}
