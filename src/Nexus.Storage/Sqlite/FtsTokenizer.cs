using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    /// Finds every token of <paramref name="text"/>, writing its start and end offsets (an end is
    /// exclusive) into <paramref name="starts"/> and <paramref name="ends"/>, which must hold
    /// <see cref="MaxTokens"/> of the text; returns how many. A run of dropped marks alone is no token.
    /// The text is read 64 units at a time as bit masks of token characters, computed with vector
    /// instructions where the block is ASCII (most of an English text), so each token costs a few
    /// bit operations rather than a look-up per character.
    /// </summary>
    public static int Tokens(string text, Span<int> starts, Span<int> ends)
    {
        var count = 0;
        var start = -1;
        var kept = false;
        for (var block = 0; block < text.Length; block += BlockLength)
        {
            var length = Math.Min(BlockLength, text.Length - block);
            var (token, real) = Masks(text, block, length);
            var at = 0;
            while (at < length)
            {
                if (start < 0)
                {
                    var rest = token >> at;
                    if (rest == 0)
                    {
                        break;
                    }
                    at += BitOperations.TrailingZeroCount(rest);
                    (start, kept) = (block + at, false);
                }
                var separators = ~token >> at;
                var run = separators == 0 ? BlockLength - at : BitOperations.TrailingZeroCount(separators);
                kept |= ((real >> at) & (run >= BlockLength ? ulong.MaxValue : (1UL << run) - 1)) != 0;
                at += run;
                if (at >= BlockLength && block + BlockLength < text.Length)
                {
                    break; // the token goes on into the next block
                }
                if (kept)
                {
                    (starts[count], ends[count]) = (start, block + at);
                    count++;
                }
                start = -1;
            }
        }
        return count;
    }

    /// <summary>The most tokens a text can hold: each but the last is followed by a separator.</summary>
    public static int MaxTokens(string text) => (text.Length + 1) / 2;

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
        var (starts, ends) = (new int[MaxTokens(phrase)], new int[MaxTokens(phrase)]);
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(phrase.Length)];
        var count = Tokens(phrase, starts, ends);
        return [.. Enumerable.Range(0, count).Select(t => buffer[..Term(phrase.AsSpan(starts[t], ends[t] - starts[t]), buffer)])];
    }

    private const int BlockLength = 64;

    /// <summary>
    /// Bit i of <c>Token</c> is set when unit <paramref name="block"/> + i is (part of) a token
    /// character; of <c>Kept</c>, when it is one that is not a dropped mark.
    /// </summary>
    private static (ulong Token, ulong Kept) Masks(string text, int block, int length)
    {
        if (length == BlockLength && Vector256.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text.AsSpan(block, BlockLength));
            var (a, b, c, d) = (Vector256.Create(units), Vector256.Create(units[16..]), Vector256.Create(units[32..]), Vector256.Create(units[48..]));
            if (((a | b | c | d) & Vector256.Create((ushort)0xFF80)) == Vector256<ushort>.Zero)
            {
                var ascii = AsciiTokenBits(a) | (AsciiTokenBits(b) << 16) | (AsciiTokenBits(c) << 32) | (AsciiTokenBits(d) << 48);
                return (ascii, ascii);
            }
        }
        var (token, kept) = (0UL, 0UL);
        for (var i = 0; i < length; i++)
        {
            var folded = Folded[text[block + i]];
            if (folded != 0 || IsInTokenPair(text, block + i))
            {
                token |= 1UL << i;
                kept |= folded == Dropped ? 0 : 1UL << i;
            }
        }
        return (token, kept);
    }

    /// <summary>One bit per unit of 16 ASCII units: set for a digit or a letter.</summary>
    private static ulong AsciiTokenBits(Vector256<ushort> units)
    {
        var digit = Vector256.LessThan(units - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var letter = Vector256.LessThan((units | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        return (digit | letter).ExtractMostSignificantBits();
    }

    /// <summary>Whether the unit at <paramref name="i"/> is half of a surrogate pair that is a token character (a letter beyond the BMP).</summary>
    private static bool IsInTokenPair(string text, int i)
    {
        var high = char.IsHighSurrogate(text[i]) ? i : char.IsLowSurrogate(text[i]) && i > 0 ? i - 1 : -1;
        return high >= 0 && high + 1 < text.Length && char.IsHighSurrogate(text[high]) && char.IsLowSurrogate(text[high + 1])
            && IsTokenCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[high], text[high + 1])));
    }

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
