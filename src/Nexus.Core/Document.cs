using System.Security.Cryptography;
using System.Text;

namespace Nexus.Core;

/// <summary>
/// A clean text and its metadata. The text never changes after ingest: every annotation is a
/// <see cref="TextSpan"/> into it, and the id is derived from it, so the same text is the same document.
/// </summary>
public sealed record Document
{
    private Document(string id, string text, DocumentMetadata metadata)
    {
        Id = id;
        Text = text;
        Metadata = metadata;
    }

    /// <summary><c>sha256:</c> followed by the lower-case hex digest of the UTF-8 text.</summary>
    public string Id { get; }

    public string Text { get; }

    public DocumentMetadata Metadata { get; init; }

    public static Document Create(string text, DocumentMetadata metadata) =>
        new(IdOf(text), text, metadata);

    public static string IdOf(string text) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
