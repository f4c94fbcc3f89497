namespace Nexus.Text.Mentions;

/// <summary>Maps character spans back to token ranges of one document.</summary>
public sealed class TokenIndex
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public TokenIndex(ImmutableArray<Token> tokens)
    {
        _starts = [.. tokens.Select(t => t.Span.Start)];
        _ends = [.. tokens.Select(t => t.Span.End)];
    }

    /// <summary>The first token whose span starts at or after <paramref name="offset"/>.</summary>
    public int FirstAtOrAfter(int offset)
    {
        var i = Array.BinarySearch(_starts, offset);
        return i >= 0 ? i : ~i;
    }

    /// <summary>Tokens <c>[start, end)</c> covered by <paramref name="span"/>.</summary>
    public (int Start, int End) Range(TextSpan span)
    {
        var start = FirstAtOrAfter(span.Start);
        var end = start;
        while (end < _ends.Length && _ends[end] <= span.End)
        {
            end++;
        }
        return (start, end);
    }
}
