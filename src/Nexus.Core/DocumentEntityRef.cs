namespace Nexus.Core;

/// <summary>Points at one document-local entity: the document and the key within it.</summary>
public sealed record DocumentEntityRef(string DocumentId, string Key)
{
    /// <summary>"sha256:…#e3": how curations, the CLI and the API name a member; it never changes once stored.</summary>
    public string Handle => DocumentId + "#" + Key;

    /// <summary>Reads a <see cref="Handle"/>; null when the text is not "documentId#key".</summary>
    public static DocumentEntityRef? Parse(string handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var hash = handle.LastIndexOf('#');
        return hash > 0 && hash < handle.Length - 1 ? new DocumentEntityRef(handle[..hash], handle[(hash + 1)..]) : null;
    }
}
