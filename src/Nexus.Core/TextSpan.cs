namespace Nexus.Core;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 offsets into <see cref="Document.Text"/>.
/// Every annotation points back to the never-changing text through one of these.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"A span needs 0 <= start <= end, got [{start}, {end}).");
        }
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => Start == End;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The covered text; throws when the span does not fit <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
