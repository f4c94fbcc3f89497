namespace Nexus.Text.Tokenization;

/// <summary>
/// Groups tokens into sentences. A sentence ends at terminal punctuation (with any closing quotes
/// or brackets after it) before a capitalised word, a digit or an opening quote; at a blank line;
/// and at a line break unless the line plainly continues (comma, hyphen or a lower-case next word).
/// Titles ("Dr.", "Gen.") and initials never end a sentence. Pure and thread-safe.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "But",
        "However", "Meanwhile", "On", "At", "As", "After", "Before", "When", "While", "According", "Its", "His",
        "Her", "Their", "There", "Yet", "Still", "Since", "If", "Although", "And", "Also", "Some", "Many",
    ], StringComparer.Ordinal);

    public static ImmutableArray<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = EndsSentenceAt(text, tokens, i);
            if (end < 0)
            {
                continue;
            }
            sentences.Add(Make(tokens, first, end));
            first = end + 1;
            i = end;
        }
        if (first < tokens.Count)
        {
            sentences.Add(Make(tokens, first, tokens.Count - 1));
        }
        return sentences.ToImmutable();
    }

    // Returns the index of the last token of the sentence that ends at or just after token i, or -1.
    private static int EndsSentenceAt(string text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var isLast = i + 1 == tokens.Count;
        if (isLast)
        {
            return -1;
        }
        var gap = text.AsSpan(token.Span.End, tokens[i + 1].Span.Start - token.Span.End);
        var lineBreaks = gap.Count('\n');
        if (IsTerminal(token.Text))
        {
            var last = i;
            while (last + 1 < tokens.Count && IsClosingAfterTerminal(tokens[last + 1].Text)
                && tokens[last + 1].Span.Start == tokens[last].Span.End)
            {
                last++;
            }
            if (last + 1 == tokens.Count)
            {
                return -1;
            }
            var next = tokens[last + 1].Text;
            return StartsSentence(next) || text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End).Contains('\n')
                ? last
                : -1;
        }
        if (lineBreaks >= 2)
        {
            return i;
        }
        if (token.Text.EndsWith('.') && token.Text.Length > 1 && Abbreviations.IsAbbreviation(token.Text)
            && !Abbreviations.IsTitle(token.Text))
        {
            var next = tokens[i + 1].Text;
            return lineBreaks > 0 || SentenceStarters.Contains(next) ? i : -1;
        }
        if (lineBreaks == 1)
        {
            var continues = token.Text is "," or "-" or "–" or "—" or ":" or "(" || char.IsLower(tokens[i + 1].Text[0]);
            return continues ? -1 : i;
        }
        return -1;
    }

    private static bool IsTerminal(string token) => token is "." or "!" or "?" or "…" or "..." || token.StartsWith("..", StringComparison.Ordinal);

    private static bool IsClosingAfterTerminal(string token) => token is "\"" or "”" or "’" or "'" or ")" or "]" or "»";

    private static bool StartsSentence(string token)
    {
        var c = token[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '-' or '–' or '—';
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int last) =>
        new(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End), first, last - first + 1);
}
