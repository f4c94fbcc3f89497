namespace Nexus.Core;

/// <summary>A sentence: its span and the tokens <c>[FirstToken, FirstToken + TokenCount)</c> inside it.</summary>
public sealed record Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
