namespace Nexus.Core;

/// <summary>
/// A word or punctuation mark. Tagging and parsing stages fill <see cref="Tag"/>, <see cref="Head"/>
/// and <see cref="Relation"/> by returning new tokens, never by mutating these.
/// </summary>
public sealed record Token(TextSpan Span, string Text)
{
    /// <summary>Universal POS tag (UPOS) once a tagger has run.</summary>
    public string? Tag { get; init; }

    /// <summary>Index of the syntactic head within the document's token list; -1 for the root or when unparsed.</summary>
    public int Head { get; init; } = -1;

    /// <summary>Universal Dependencies relation to the head, once a parser has run.</summary>
    public string? Relation { get; init; }
}
