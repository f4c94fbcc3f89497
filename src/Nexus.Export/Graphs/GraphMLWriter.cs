using System.Xml;

namespace Nexus.Export.Graphs;

/// <summary>Writes a <see cref="GraphModel"/> as GraphML: keys declared up front, a directed graph, a data element for every attribute.</summary>
public static class GraphMLWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(GraphModel graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var xml = GraphXml.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.OpenAsync(Ns, "graphml");
        foreach (var (scope, names) in new[] { ("node", GraphModel.NodeAttributes), ("edge", GraphModel.EdgeAttributes) })
        {
            foreach (var name in names)
            {
                await xml.OpenAsync(Ns, "key", ("id", scope[0] + "_" + name), ("for", scope), ("attr.name", name), ("attr.type", GraphAttributeTypes.Of(name)));
                await xml.WriteEndElementAsync();
            }
        }
        await xml.OpenAsync(Ns, "graph", ("id", "nexus"), ("edgedefault", "directed"));
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.OpenAsync(Ns, "node", ("id", node.Id));
            await DataAsync(xml, "n_", GraphModel.NodeAttributes, node.Attributes);
            await xml.WriteEndElementAsync();
        }
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.OpenAsync(Ns, "edge", ("id", edge.Id), ("source", edge.Source), ("target", edge.Target));
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
            await xml.OpenAsync(Ns, "data", ("key", prefix + name));
            await xml.WriteStringAsync(values[name]);
            await xml.WriteEndElementAsync();
        }
    }
}
