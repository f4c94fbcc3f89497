namespace Nexus.Text.Tokenization;

/// <summary>
/// Splits text into tokens with exact offsets, following the Universal Dependencies English
/// conventions the tagger and parser are trained on: hyphens between words are tokens of their own
/// ("US-based" → US, -, based), clitics split off ("Pakistan's" → Pakistan, 's), punctuation is
/// separate, while abbreviations ("Dr.", "U.S."), numbers ("1,000", "3.5"), URLs and e-mail
/// addresses stay whole. Pure and thread-safe.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] Clitics = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>Tokenises <paramref name="text"/> within <paramref name="range"/>, appending to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan range, List<Token> tokens)
    {
        var i = range.Start;
        while (i < range.End)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }
            var chunkEnd = i;
            while (chunkEnd < range.End && !IsSpace(text[chunkEnd]))
            {
                chunkEnd++;
            }
            SplitChunk(text, i, chunkEnd, tokens);
            i = chunkEnd;
        }
    }

    // Directional marks, zero-width spaces and byte-order marks show nothing: text copied from web pages carries them around
    // names ("Prime Minister\u200E Haider al-Abadi", "Mosul\u200E,"), and a word glued to one is no word the lists, rules or
    // recogniser know. They separate tokens like a space and belong to none.
    private static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    // A chunk is a run of non-space characters: peel punctuation off both ends, then split the core.
    private static void SplitChunk(string text, int start, int end, List<Token> tokens)
    {
        if (IsUrlOrEmail(text, start, end))
        {
            // Sentence punctuation after a URL is not part of it.
            var urlEnd = end;
            while (urlEnd > start + 1 && ".,;:!?)]\"'”’".Contains(text[urlEnd - 1], StringComparison.Ordinal))
            {
                urlEnd--;
            }
            Add(text, start, urlEnd, tokens);
            for (var p = urlEnd; p < end; p++)
            {
                Add(text, p, p + 1, tokens);
            }
            return;
        }

        while (start < end && IsOpening(text[start]))
        {
            Add(text, start, start + 1, tokens);
            start++;
        }

        var trailing = new Stack<(int Start, int End)>();
        while (end > start)
        {
            var last = text[end - 1];
            if (last == '.' && end - 1 > start)
            {
                if (text[end - 2] == '.')
                {
                    var dots = end - 1;
                    while (dots > start && text[dots - 1] == '.')
                    {
                        dots--;
                    }
                    trailing.Push((dots, end));
                    end = dots;
                    continue;
                }
                if (Abbreviations.IsAbbreviation(text.AsSpan(start, end - start)))
                {
                    break;
                }
                trailing.Push((end - 1, end));
                end--;
                continue;
            }
            if (IsClosing(last) || last == '.' && end - 1 == start)
            {
                trailing.Push((end - 1, end));
                end--;
                continue;
            }
            break;
        }

        SplitCore(text, start, end, tokens);
        while (trailing.Count > 0)
        {
            var (s, e) = trailing.Pop();
            Add(text, s, e, tokens);
        }
    }

    // The core has no leading or trailing punctuation left (except an abbreviation's period).
    private static void SplitCore(string text, int start, int end, List<Token> tokens)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsApostrophe(c) && TryClitic(text, i, end, out var cliticLength))
            {
                Add(text, pieceStart, i, tokens);
                Add(text, i, i + cliticLength, tokens);
                pieceStart = i + cliticLength;
                i += cliticLength - 1;
                continue;
            }
            if (i + 3 == end && i > pieceStart && IsNegation(text, i))
            {
                Add(text, pieceStart, i, tokens);
                Add(text, i, end, tokens);
                pieceStart = end;
                break;
            }
            if (IsSplitter(text, i, start, end))
            {
                Add(text, pieceStart, i, tokens);
                Add(text, i, i + 1, tokens);
                pieceStart = i + 1;
            }
        }
        Add(text, pieceStart, end, tokens);
    }

    // Characters that are tokens of their own inside a chunk: dashes between words, slashes,
    // and symbols glued to words. Commas and periods inside numbers stay ("1,000", "3.5").
    private static bool IsSplitter(string text, int i, int start, int end)
    {
        var c = text[i];
        switch (c)
        {
            case '-' or '‐' or '‑' or '–' or '—' or '/' or '(' or ')' or '[' or ']' or '"' or '“' or '”' or '…' or '%' or '$' or '£' or '€' or '&' or ';' or '!' or '?' or '#':
                return true;
            case ',' or ':':
                return !(i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
            case '.':
                // "U.S" inside a chunk, "3.5", "e.g" keep their periods; "end.Next" splits.
                return i > start && i + 1 < end && char.IsLower(text[i - 1]) && char.IsUpper(text[i + 1])
                    && !Abbreviations.IsAbbreviation(text.AsSpan(start, i + 1 - start));
            default:
                return false;
        }
    }

    private static bool TryClitic(string text, int apostrophe, int end, out int length)
    {
        foreach (var clitic in Clitics)
        {
            if (clitic[0] != '\'')
            {
                continue;
            }
            var candidateEnd = apostrophe + clitic.Length;
            if (candidateEnd != end && !(candidateEnd < end && !char.IsLetterOrDigit(text[candidateEnd])))
            {
                continue;
            }
            if (candidateEnd > end || apostrophe == 0 || !char.IsLetterOrDigit(text[apostrophe - 1]))
            {
                continue;
            }
            var matches = true;
            for (var k = 1; k < clitic.Length; k++)
            {
                if (char.ToLowerInvariant(text[apostrophe + k]) != clitic[k])
                {
                    matches = false;
                    break;
                }
            }
            if (matches)
            {
                length = clitic.Length;
                return true;
            }
        }
        length = 0;
        return false;
    }

    // "n't" as in "don't" → do + n't, "can't" → ca + n't (the UD/PTB convention).
    private static bool IsNegation(string text, int i) =>
        text[i] is 'n' or 'N' && IsApostrophe(text[i + 1]) && text[i + 2] is 't' or 'T';

    private static bool IsUrlOrEmail(string text, int start, int end)
    {
        var chunk = text.AsSpan(start, end - start);
        if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var at = chunk.IndexOf('@');
        return at > 0 && chunk[(at + 1)..].Contains('.') && char.IsLetterOrDigit(chunk[^1]);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '“' or '‘' or '\'' or '«' or '<' or '*';

    private static bool IsClosing(char c) =>
        c is ')' or ']' or '}' or '"' or '”' or '’' or '\'' or '»' or '>' or ',' or ';' or ':' or '!' or '?' or '*' or '…';

    private static void Add(string text, int start, int end, List<Token> tokens)
    {
        if (end > start)
        {
            tokens.Add(new Token(new TextSpan(start, end), text.Substring(start, end - start)));
        }
    }
}
