using System.Text;
using AnyAscii;

namespace Nexus.Resolution.Names;

/// <summary>
/// Turns a name into comparable tokens: any script folded to ASCII (AnyAscii), case and punctuation
/// removed, transliteration variants of South/Central Asian and Arabic names folded together, titles
/// and connectors marked. Pure functions over immutable tables: safe from any thread.
/// </summary>
public static class NameNormalizer
{
    /// <summary>Linking particles: ezafe (e/i), Arabic article and its assimilated forms, patronymic markers, English glue words.</summary>
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal,
    [
        "e", "i", "u", "a", "o", "y", "w",
        "ud", "ul", "ut", "us", "ur", "un", "uz", "ush", "ad", "al", "el", "an", "ar", "as", "at", "az", "ash",
        "ed", "es", "wa", "wal", "bin", "ibn", "bint", "ben", "bn", "b", "fi", "li", "lil",
        "of", "the", "and", "for", "in", "de", "du", "da", "la", "le", "des", "del", "der", "von", "van",
    ]);

    /// <summary>Honorifics, religious and military ranks that precede a name.</summary>
    private static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "hafiz", "hafez", "mir", "maulana", "mawlana",
        "moulana", "maulvi", "maulavi", "mawlawi", "molvi", "moulvi", "mullah", "mulla", "mollah", "mullo",
        "sheikh", "shaykh", "shaikh", "sheik", "shaykhs", "emir", "amir", "commander", "cmdr", "haji", "hajji", "hadji",
        "alhaj", "alhajj", "qari", "mufti", "imam", "pir", "sardar", "nawab", "general", "gen", "lt", "colonel",
        "col", "major", "maj", "captain", "capt", "brigadier", "brig", "sahib", "ustad", "ustaz", "sufi",
    ]);

    /// <summary>Joined forms of "Abd al-" ("Abdulrahman", "Abdurrahman", "Abdelkader") split into "abd" + name.</summary>
    private static readonly string[] AbdPrefixes = ["abdoul", "abdool", "abdul", "abdel", "abdal", "abdur", "abdor"];

    /// <summary>Canonical spellings of "Abd al-" standing alone ("Abdul Manan", "Abdool Manan", "Abd al-Manan").</summary>
    private static readonly FrozenSet<string> AbdForms = FrozenSet.Create(StringComparer.Ordinal, ["abd", "abdu", "abdul", "abdel", "abdal", "abdur", "abdor"]);

    /// <summary>Splits and folds a name. Never throws; an empty or symbol-only name gives no tokens.</summary>
    public static NormalizedName Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = ImmutableArray.CreateBuilder<NameToken>(words.Length + 1);
        var acronym = LooksLikeAcronym(name);
        foreach (var word in words)
        {
            if (acronym)
            {
                // "ISIS-WA": "wa" is no connector here. Spelling and key stay as for any word, so that
                // "ISIL GS" written out still meets "ISIL-GS" and a name in capitals ("ABDALLAH") its
                // spellings; only two acronyms compare letter for letter ("GDDI" is not "GDI").
                tokens.Add(word.Length == 1
                    ? new NameToken(word, word, word, NameTokenKind.Initial)
                    : Token(word) with { Acronym = true });
            }
            else
            {
                AddWord(tokens, word);
            }
        }
        MarkTitles(tokens);
        return new NormalizedName(name, tokens.ToImmutable());
    }

    /// <summary>
    /// Folds to lower-case ASCII words separated by single spaces: apostrophes and ayn/hamza marks
    /// vanish ("Jama'at" → "jamaat"), every other non-alphanumeric becomes a space.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ascii = System.Text.Ascii.IsValid(text) ? text : text.Transliterate();
        var sb = new StringBuilder(ascii.Length);
        var space = true;
        foreach (var c in ascii)
        {
            if (c is '\'' or '`' or '^' or '"')
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// Folds spelling variants of one lower-case ASCII word: ph/f, kh/k, gh/g, q/k, dh/d, th/t, v/w,
    /// oo/ou/u, ee/i, ae/ei/ey/ay/ai, final -ah/-eh, doubled letters.
    /// </summary>
    public static string Canonical(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            switch (c)
            {
                case 'p' when next == 'h':
                    sb.Append('f');
                    i++;
                    continue;
                case 'k' or 'g' or 'd' or 't' when next == 'h':
                    sb.Append(c);
                    i++;
                    continue;
                case 'c' when next == 'k':
                    sb.Append('k');
                    i++;
                    continue;
                case 'q':
                    sb.Append('k');
                    continue;
                case 'v':
                    sb.Append('w');
                    continue;
                case 'o' when next is 'o' or 'u':
                    sb.Append('u');
                    i++;
                    continue;
                case 'e' when next == 'e':
                    sb.Append('i');
                    i++;
                    continue;
                case 'a' or 'e' when next is 'e' or 'i' or 'y' && (i + 2 >= word.Length || !IsVowel(word[i + 2])):
                    sb.Append("ai");
                    i++;
                    continue;
                default:
                    break;
            }
            sb.Append(c);
        }
        if (sb.Length > 3 && sb[^1] == 'h' && sb[^2] is 'a' or 'e')
        {
            sb.Length--;
            sb[^1] = 'a';
        }
        return CollapseDoubles(sb);
    }

    /// <summary>
    /// Consonant skeleton of a canonical word: a leading vowel becomes "a", later vowels and y go,
    /// h after a consonant goes (sh/s, jh/j), x becomes ks, repeats collapse ("muhamad" → "mhmd",
    /// "tayiba" → "tb", "lashkar" → "lskr").
    /// </summary>
    public static string PhoneticKey(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        if (canonical.Length == 0)
        {
            return canonical;
        }
        var sb = new StringBuilder(canonical.Length);
        sb.Append(IsVowel(canonical[0]) ? 'a' : canonical[0] == 'x' ? 'k' : canonical[0]);
        for (var i = 1; i < canonical.Length; i++)
        {
            var c = canonical[i];
            if (IsVowel(c))
            {
                continue;
            }
            if (c == 'h' && !IsVowel(canonical[i - 1]))
            {
                continue;
            }
            if (c == 'x')
            {
                Append(sb, 'k');
                Append(sb, 's');
                continue;
            }
            Append(sb, c);
        }
        return sb.ToString();

        static void Append(StringBuilder sb, char c)
        {
            if (sb[^1] != c)
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>
    /// A single word of at most seven characters, letters (digits and hyphens allowed), with more
    /// capitals than not, or mixed case like "LeT": "ISI", "MIT", "ISIS-K", "LeJ".
    /// </summary>
    public static bool LooksLikeAcronym(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (s.Length is < 2 or > 7 || s.Any(char.IsWhiteSpace) || !char.IsUpper(s[0]))
        {
            return false;
        }
        var letters = s.Count(char.IsLetter);
        var upper = s.Count(char.IsUpper);
        return letters >= 2 && s.All(c => char.IsLetterOrDigit(c) || c is '-' or '&' or '.') && upper * 2 >= letters + 1;
    }

    internal static bool IsConnector(string word) => Connectors.Contains(word);

    internal static bool IsTitle(string word) => TitleWords.Contains(word);

    private static void AddWord(ImmutableArray<NameToken>.Builder tokens, string word)
    {
        var canonical = Canonical(word);
        if (Connectors.Contains(word) || Connectors.Contains(canonical))
        {
            tokens.Add(new NameToken(word, canonical, canonical, NameTokenKind.Connector));
            return;
        }
        foreach (var prefix in AbdPrefixes)
        {
            // "abdullah" and "abdallah" are names of their own: only a remainder of four letters or more splits.
            if (word.Length - prefix.Length >= 4 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                tokens.Add(Token("abd"));
                tokens.Add(Token(word[prefix.Length..]));
                return;
            }
        }
        tokens.Add(word.Length == 1 && char.IsAsciiLetter(word[0])
            ? new NameToken(word, word, word, NameTokenKind.Initial)
            : Token(AbdForms.Contains(canonical) ? "abd" : word));
    }

    private static NameToken Token(string word)
    {
        var canonical = Canonical(word);
        return new NameToken(word, canonical, PhoneticKey(canonical), NameTokenKind.Name);
    }

    /// <summary>Leading title words become titles as long as a name token follows them.</summary>
    private static void MarkTitles(ImmutableArray<NameToken>.Builder tokens)
    {
        var lastName = -1;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Kind == NameTokenKind.Name)
            {
                lastName = i;
                break;
            }
        }
        for (var i = 0; i < lastName; i++)
        {
            var t = tokens[i];
            if (t.Kind == NameTokenKind.Connector)
            {
                continue;
            }
            if (t.Kind != NameTokenKind.Name || !TitleWords.Contains(t.Text))
            {
                break;
            }
            tokens[i] = t with { Kind = NameTokenKind.Title };
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string CollapseDoubles(StringBuilder sb)
    {
        var w = 0;
        for (var r = 0; r < sb.Length; r++)
        {
            if (w == 0 || sb[r] != sb[w - 1] || char.IsAsciiDigit(sb[r]))
            {
                sb[w++] = sb[r];
            }
        }
        sb.Length = w;
        return sb.ToString();
    }
}
