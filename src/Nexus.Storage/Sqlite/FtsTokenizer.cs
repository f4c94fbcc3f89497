using System.Globalization;
using System.Text;

namespace Nexus.Storage.Sqlite;

/// <summary>
/// The tokens <c>documents_fts</c> indexes (<c>porter unicode61 remove_diacritics 2</c>), found in C#:
/// a token is a run of letters, digits and private-use characters; its term is the token case-folded,
/// Latin letters stripped of their diacritics, then stemmed by <see cref="PorterStemmer"/>. Search
/// cuts snippets with it instead of asking FTS5 to re-tokenise each document. A test holds it to
/// SQLite's own tokens for Latin, Greek, Cyrillic, Hebrew, Arabic, CJK and Hangul text; characters
/// Unicode assigned after 6.1 (SQLite's tables) may differ, and then a snippet only misses a mark.
/// </summary>
internal static class FtsTokenizer
{
    /// <summary>A combining mark SQLite reads as part of a token and drops (e + U+0301 + cole is "ecole").</summary>
    public const char Dropped = '\u0001';

    /// <summary>Where SQLite's case folding differs from lowering, or it keeps a Latin letter's marks.</summary>
    private static readonly Dictionary<char, char> Exceptions = new()
    {
        ['\u00B5'] = '\u03BC', ['\u0130'] = 'i', ['\u017F'] = 's', ['\u1E9B'] = 's', ['\u1FBE'] = '\u03B9',
        ['\u03C2'] = '\u03C3', ['\u03D0'] = '\u03B2', ['\u03D1'] = '\u03B8', ['\u03D5'] = '\u03C6', ['\u03D6'] = '\u03C0',
        ['\u03F0'] = '\u03BA', ['\u03F1'] = '\u03C1', ['\u03F5'] = '\u03B5',
        ['\u01E0'] = '\u01E1', ['\u01E1'] = '\u01E1',
    };

    /// <summary>The combining marks of precomposed Latin letters, which SQLite drops from a token.</summary>
    private const string DroppedMarks =
        "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u0309\u030A\u030B\u030C\u030F\u0311\u031B" +
        "\u0323\u0324\u0325\u0326\u0327\u0328\u032D\u032E\u0330\u0331";

    /// <summary>
    /// SQLite's tables are Unicode 6.1's, where a character not yet assigned is part of a token; these
    /// were assigned later as punctuation, marks or letters without case there (U+037F, U+0528–U+052F,
    /// U+0605, U+061C, U+061D, U+2066–U+2069, U+20BA–U+20C0), so they stay token characters as they are.
    /// </summary>
    private static readonly (char First, char Last)[] AssignedSince61 =
    [
        ('\u037F', '\u037F'), ('\u0528', '\u052F'), ('\u0605', '\u0605'), ('\u061C', '\u061D'), ('\u2066', '\u2069'), ('\u20BA', '\u20C0'),
    ];

    /// <summary>Each UTF-16 unit folded as a token character, <see cref="Dropped"/>, or 0 for a separator (surrogates are read as pairs).</summary>
    private static readonly char[] Folded = BuildFoldTable();

    /// <summary>A character as a token holds it folded, <see cref="Dropped"/>, or 0 for a separator or a surrogate.</summary>
    public static char Fold(char c) => Folded[c];

    /// <summary>
    /// The next token at or after <paramref name="from"/>: its start, and its end as the return value,
    /// or -1 when no token follows. A run of dropped marks alone is no token.
    /// </summary>
    public static int Next(string text, int from, out int start)
    {
        var i = from;
        while (true)
        {
            while (i < text.Length && Folded[text[i]] == 0 && !IsTokenPair(text, i))
            {
                i++;
            }
            start = i;
            if (i >= text.Length)
            {
                return -1;
            }
            var marksOnly = true;
            while (i < text.Length)
            {
                var folded = Folded[text[i]];
                if (folded != 0)
                {
                    marksOnly &= folded == Dropped;
                    i++;
                }
                else if (IsTokenPair(text, i))
                {
                    marksOnly = false;
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            if (!marksOnly)
            {
                return i;
            }
        }
    }

    /// <summary>
    /// Writes the indexed term of <paramref name="token"/> (folded, stemmed, UTF-8) into
    /// <paramref name="term"/> and returns its length, or -1 when it is longer than
    /// <paramref name="term"/> (a term that long matches no query term that fits).
    /// </summary>
    public static int Term(ReadOnlySpan<char> token, Span<byte> term)
    {
        Span<char> folded = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        var kept = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsHighSurrogate(token[i]) && i + 1 < token.Length && Rune.TryCreate(token[i], token[i + 1], out var rune))
            {
                kept += Rune.ToLowerInvariant(rune).EncodeToUtf16(folded[kept..]);
                i++;
            }
            else if (Folded[token[i]] != Dropped)
            {
                folded[kept++] = Folded[token[i]];
            }
        }
        if (Encoding.UTF8.GetByteCount(folded[..kept]) > term.Length)
        {
            return -1;
        }
        var length = Encoding.UTF8.GetBytes(folded[..kept], term);
        return PorterStemmer.Stem(term[..length]);
    }

    /// <summary>The terms of a query phrase, as FTS5 tokenises the quoted string.</summary>
    public static IReadOnlyList<byte[]> Terms(string phrase)
    {
        var terms = new List<byte[]>();
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(phrase.Length)];
        for (var end = Next(phrase, 0, out var start); end >= 0; end = Next(phrase, end, out start))
        {
            var length = Term(phrase.AsSpan(start, end - start), buffer);
            terms.Add(buffer[..length]);
        }
        return terms;
    }

    /// <summary>Whether a surrogate pair starting at <paramref name="i"/> is a token character (a letter beyond the BMP).</summary>
    private static bool IsTokenPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        && IsTokenCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1])));

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (DroppedMarks.Contains(ch, StringComparison.Ordinal))
            {
                table[c] = Dropped;
            }
            else if (AssignedSince61.Any(r => ch >= r.First && ch <= r.Last))
            {
                table[c] = ch;
            }
            else if (!char.IsSurrogate(ch) && IsTokenCategory(char.GetUnicodeCategory(ch)))
            {
                table[c] = Exceptions.TryGetValue(ch, out var folded) ? folded : StripLatinMarks(char.ToLowerInvariant(ch));
            }
        }
        return table;
    }

    private static bool IsTokenCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned;

    /// <summary>A Latin letter whose canonical decomposition is an ASCII letter and marks becomes that letter (é → e; ø and æ stay).</summary>
    private static char StripLatinMarks(char c)
    {
        if (c < '\u00C0' || (c > '\u024F' && c is < '\u1E00' or > '\u1EFF'))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0])
            && decomposed.Skip(1).All(m => char.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark)
            ? decomposed[0]
            : c;
    }
}
