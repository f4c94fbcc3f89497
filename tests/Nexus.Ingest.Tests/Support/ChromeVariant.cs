namespace Nexus.Ingest.Tests.Support;

/// <summary>A body dressed in some site's chrome: the file content and the chrome lines that must not survive.</summary>
public sealed record ChromeVariant(string Name, string FileName, string Content, IReadOnlyList<string> Chrome)
{
    public override string ToString() => Name;
}
