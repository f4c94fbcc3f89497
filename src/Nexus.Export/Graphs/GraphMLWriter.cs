using System.Xml;

namespace Nexus.Export.Graphs;

/// <summary>Writes a <see cref="GraphModel"/> as GraphML: keys declared up front, a directed graph, a data element for every attribute.</summary>
public static class GraphMLWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(GraphModel graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Ns);
        foreach (var (scope, names) in new[] { ("node", GraphModel.NodeAttributes), ("edge", GraphModel.EdgeAttributes) })
        {
            foreach (var name in names)
            {
                await xml.WriteStartElementAsync(null, "key", Ns);
                await xml.WriteAttributeStringAsync(null, "id", null, scope[0] + "_" + name);
                await xml.WriteAttributeStringAsync(null, "for", null, scope);
                await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
                await xml.WriteAttributeStringAsync(null, "attr.type", null, GraphAttributeTypes.Of(name));
                await xml.WriteEndElementAsync();
            }
        }
        await xml.WriteStartElementAsync(null, "graph", Ns);
        await xml.WriteAttributeStringAsync(null, "id", null, "nexus");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await DataAsync(xml, "n_", GraphModel.NodeAttributes, node.Attributes);
            await xml.WriteEndElementAsync();
        }
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "edge", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await DataAsync(xml, "e_", GraphModel.EdgeAttributes, edge.Attributes);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string prefix, ImmutableArray<string> names, ImmutableDictionary<string, string> values)
    {
        foreach (var name in names)
        {
            await xml.WriteStartElementAsync(null, "data", Ns);
            await xml.WriteAttributeStringAsync(null, "key", null, prefix + name);
            await xml.WriteStringAsync(values[name]);
            await xml.WriteEndElementAsync();
        }
    }
}
