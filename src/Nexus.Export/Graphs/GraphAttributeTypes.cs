namespace Nexus.Export.Graphs;

/// <summary>The declared type of each attribute: text, except the extraction confidence (a number) and symmetry (a flag).</summary>
internal static class GraphAttributeTypes
{
    public static string Of(string attribute) => attribute switch
    {
        "extraction_confidence" => "double",
        "symmetric" => "boolean",
        _ => "string",
    };
}
