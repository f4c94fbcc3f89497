using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// What the parser's features read of a sentence, indexed by position (0 is the root): word keys,
/// UPOS tag keys, Penn tag keys and Penn ambiguity classes (the Penn tags a word was seen with in
/// training, 0 when unseen).
/// </summary>
internal readonly ref struct SentenceKeys(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> fine, ReadOnlySpan<ulong> classes)
{
    public ReadOnlySpan<TokenKeys> Words { get; } = words;

    public ReadOnlySpan<ulong> Tags { get; } = tags;

    public ReadOnlySpan<ulong> Fine { get; } = fine;

    public ReadOnlySpan<ulong> Classes { get; } = classes;

    public int Length => Words.Length;
}
