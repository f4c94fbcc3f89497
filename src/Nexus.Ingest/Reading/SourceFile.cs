namespace Nexus.Ingest.Reading;

/// <summary>A file's bytes, and its text when it is text (decoded once, strictly).</summary>
internal sealed record SourceFile(string Path, byte[] Bytes, string? Text)
{
    /// <summary>The file name, as error sentences print it.</summary>
    public string Name => System.IO.Path.GetFileName(Path) is { Length: > 0 } name ? name : Path;

    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    /// <summary>The first non-blank characters of the text, for sniffing the format.</summary>
    public string Head => Text is null ? "" : Text[..Math.Min(Text.Length, 2048)].TrimStart();
}
