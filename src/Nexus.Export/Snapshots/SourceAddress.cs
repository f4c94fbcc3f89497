namespace Nexus.Export.Snapshots;

/// <summary>A document's source as a link, when it was read from the web rather than from a file.</summary>
internal static class SourceAddress
{
    /// <summary><paramref name="source"/> when it is an http(s) address; else null (a local path is no link).</summary>
    public static string? WebAddressOf(string? source) =>
        source is not null && (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ? source : null;
}
