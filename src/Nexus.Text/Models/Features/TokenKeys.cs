namespace Nexus.Text.Models.Features;

/// <summary>
/// The per-word hashes every template draws from, computed once per token so that a feature is one
/// multiply-and-mix rather than a string operation.
/// </summary>
internal readonly record struct TokenKeys(
    ulong Lower,
    ulong Shape,
    ulong Prefix1,
    ulong Prefix2,
    ulong Prefix3,
    ulong Suffix1,
    ulong Suffix2,
    ulong Suffix3,
    ulong Suffix4,
    ulong Flags)
{
    /// <summary>Keys of the padding token outside the sentence.</summary>
    public static readonly TokenKeys Padding = Of("<pad>");

    public static TokenKeys Of(ReadOnlySpan<char> word)
    {
        var flags = 0UL;
        if (WordShape.IsTitle(word))
        {
            flags |= 1;
        }
        if (WordShape.IsAllUpper(word))
        {
            flags |= 2;
        }
        if (word.ContainsAnyInRange('0', '9'))
        {
            flags |= 4;
        }
        if (word.Contains('-'))
        {
            flags |= 8;
        }
        if (word.Length > 0 && !char.IsLetterOrDigit(word[0]))
        {
            flags |= 16;
        }
        return new TokenKeys(
            FeatureHash.Lower(word),
            WordShape.Key(word),
            FeatureHash.Lower(Head(word, 1)),
            FeatureHash.Lower(Head(word, 2)),
            FeatureHash.Lower(Head(word, 3)),
            FeatureHash.Lower(Tail(word, 1)),
            FeatureHash.Lower(Tail(word, 2)),
            FeatureHash.Lower(Tail(word, 3)),
            FeatureHash.Lower(Tail(word, 4)),
            flags);
    }

    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> word, int n) => word[..Math.Min(n, word.Length)];

    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> word, int n) => word[Math.Max(0, word.Length - n)..];
}
