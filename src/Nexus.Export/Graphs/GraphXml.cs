using System.Text;
using System.Xml;

namespace Nexus.Export.Graphs;

/// <summary>What GraphML and GEXF writing share: a UTF-8 writer without BOM, and elements opened with their attributes.</summary>
internal static class GraphXml
{
    public static XmlWriter Create(Stream output) =>
        XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = true, Encoding = new UTF8Encoding(false) });

    /// <summary>Opens an element and writes its attributes; the caller closes it.</summary>
    public static async Task OpenAsync(this XmlWriter xml, string ns, string name, params (string Name, string? Value)[] attributes)
    {
        await xml.WriteStartElementAsync(null, name, ns);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                await xml.WriteAttributeStringAsync(null, attribute, null, value);
            }
        }
    }
}
