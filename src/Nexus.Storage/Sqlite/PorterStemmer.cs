namespace Nexus.Storage.Sqlite;

/// <summary>
/// Martin Porter's stemming algorithm (1980) as SQLite's FTS5 <c>porter</c> tokenizer applies it: to
/// the UTF-8 bytes of a folded token, leaving tokens shorter than 3 or longer than 64 bytes alone, with
/// every byte outside a, e, i, o, u (and y after a consonant) a consonant. Search cuts its snippets
/// with it, so that they mark the words the index matched; a test holds it to SQLite's own stems.
/// </summary>
internal static class PorterStemmer
{
    public const int MaxLength = 64;

    private const int MinLength = 3;

    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4 =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    /// <summary>Stems <paramref name="word"/> in place (it never grows) and returns the stem's length.</summary>
    public static int Stem(Span<byte> word)
    {
        if (word.Length is < MinLength or > MaxLength)
        {
            return word.Length;
        }
        var n = Step1A(word, word.Length);
        n = Step1B(word, n);
        if (word[n - 1] == 'y' && HasVowel(word[..(n - 1)]))
        {
            word[n - 1] = (byte)'i';
        }
        n = Replace(word, n, Step2);
        n = Replace(word, n, Step3);
        n = Step4Of(word, n);
        if (word[n - 1] == 'e')
        {
            var m = Measure(word[..(n - 1)]);
            if (m > 1 || (m == 1 && !EndsCvc(word[..(n - 1)])))
            {
                n--;
            }
        }
        if (n > 1 && word[n - 1] == 'l' && word[n - 2] == 'l' && Measure(word[..n]) > 1)
        {
            n--;
        }
        return n;
    }

    private static int Step1A(Span<byte> word, int n)
    {
        if (EndsWith(word, n, "sses") || EndsWith(word, n, "ies"))
        {
            return n - 2;
        }
        return EndsWith(word, n, "s") && !EndsWith(word, n, "ss") ? n - 1 : n;
    }

    private static int Step1B(Span<byte> word, int n)
    {
        if (EndsWith(word, n, "eed"))
        {
            return Measure(word[..(n - 3)]) > 0 ? n - 1 : n;
        }
        int stem;
        if (EndsWith(word, n, "ed") && HasVowel(word[..(n - 2)]))
        {
            stem = n - 2;
        }
        else if (EndsWith(word, n, "ing") && HasVowel(word[..(n - 3)]))
        {
            stem = n - 3;
        }
        else
        {
            return n;
        }
        if (EndsWith(word, stem, "at") || EndsWith(word, stem, "bl") || EndsWith(word, stem, "iz"))
        {
            word[stem] = (byte)'e';
            return stem + 1;
        }
        var last = word[stem - 1];
        // Here a y is a consonant wherever it stands (SQLite's reading: "sayyed" → "say").
        if (stem > 1 && last == word[stem - 2] && last is not ((byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' or (byte)'l' or (byte)'s' or (byte)'z'))
        {
            return stem - 1;
        }
        if (Measure(word[..stem]) == 1 && EndsCvc(word[..stem]))
        {
            word[stem] = (byte)'e';
            return stem + 1;
        }
        return stem;
    }

    /// <summary>Steps 2 and 3: only the longest suffix that ends the word is tried; it is replaced when what precedes it measures above 0.</summary>
    private static int Replace(Span<byte> word, int n, (string Suffix, string Replacement)[] rules)
    {
        var best = -1;
        for (var i = 0; i < rules.Length; i++)
        {
            if (EndsWith(word, n, rules[i].Suffix) && (best < 0 || rules[i].Suffix.Length > rules[best].Suffix.Length))
            {
                best = i;
            }
        }
        if (best < 0)
        {
            return n;
        }
        var (suffix, replacement) = rules[best];
        var stem = n - suffix.Length;
        if (Measure(word[..stem]) == 0)
        {
            return n;
        }
        for (var i = 0; i < replacement.Length; i++)
        {
            word[stem + i] = (byte)replacement[i];
        }
        return stem + replacement.Length;
    }

    private static int Step4Of(Span<byte> word, int n)
    {
        var best = "";
        foreach (var suffix in Step4)
        {
            if (suffix.Length > best.Length && EndsWith(word, n, suffix))
            {
                best = suffix;
            }
        }
        if (best.Length == 0)
        {
            return n;
        }
        var stem = n - best.Length;
        if (best == "ion" && (stem == 0 || word[stem - 1] is not ((byte)'s' or (byte)'t')))
        {
            return n;
        }
        return Measure(word[..stem]) > 1 ? stem : n;
    }

    /// <summary>A suffix rule needs something before the suffix (SQLite's reading: "ies" → "ie", not "i").</summary>
    private static bool EndsWith(Span<byte> word, int n, string suffix)
    {
        if (suffix.Length >= n)
        {
            return false;
        }
        for (var i = 0; i < suffix.Length; i++)
        {
            if (word[n - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsConsonant(ReadOnlySpan<byte> word, int i) => word[i] switch
    {
        (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' => false,
        (byte)'y' => i == 0 || !IsConsonant(word, i - 1),
        _ => true,
    };

    private static bool HasVowel(ReadOnlySpan<byte> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Porter's m: how many vowel–consonant sequences follow the stem's leading consonants.</summary>
    private static int Measure(ReadOnlySpan<byte> stem)
    {
        var m = 0;
        var i = 0;
        while (i < stem.Length && IsConsonant(stem, i))
        {
            i++;
        }
        while (i < stem.Length)
        {
            while (i < stem.Length && !IsConsonant(stem, i))
            {
                i++;
            }
            if (i == stem.Length)
            {
                break;
            }
            while (i < stem.Length && IsConsonant(stem, i))
            {
                i++;
            }
            m++;
        }
        return m;
    }

    /// <summary>Porter's *o: consonant, vowel, consonant at the end, the last not w, x or y.</summary>
    private static bool EndsCvc(ReadOnlySpan<byte> stem)
    {
        var n = stem.Length;
        return n >= 3 && IsConsonant(stem, n - 3) && !IsConsonant(stem, n - 2) && IsConsonant(stem, n - 1)
            && stem[n - 1] is not ((byte)'w' or (byte)'x' or (byte)'y');
    }
}
