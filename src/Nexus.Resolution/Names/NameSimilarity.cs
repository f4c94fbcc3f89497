using F23.StringSimilarity;

namespace Nexus.Resolution.Names;

/// <summary>
/// Order-independent similarity of two normalised names in 0..1. Tokens are paired greedily, best
/// pair first; a pair scores 1 when the canonical spellings agree, at least 0.92 when the phonetic
/// keys agree, else its Jaro-Winkler similarity (pairs under 0.8 do not pair). The score is the
/// weighted Dice overlap of the paired tokens: names weigh 1, initials 0.6, titles 0.3, connectors
/// nothing, so "Hafiz Muhammad Saeed" ~ "Muhammad Saeed" scores 0.93 while a different surname
/// halves the score. Token pairs more than a typo apart (edit distance over 1, or 2 for long words)
/// have their Jaro-Winkler discounted by 0.85. Tokens of three letters or fewer pair only when spelt alike ("LeT" ≠ "LeJ",
/// "ISI" ≠ "ISIS"), and two acronyms only when they are the same letters ("ISIS" ≠ "ASIS", "GDI" ≠ "GDDI"). Thread-safe: no state beyond an immutable Jaro-Winkler instance.
/// </summary>
public sealed class NameSimilarity
{
    private const double TitleWeight = 0.3;
    private const double InitialWeight = 0.6;
    private const double KeyMatch = 0.92;
    private const double InitialMatch = 0.85;
    private const double MinPair = 0.8;
    private const double DifferentNamePenalty = 0.85;
    private const int MaxTokens = 16;

    private readonly JaroWinkler jaroWinkler = new();
    private readonly OptimalStringAlignment editDistance = new();

    /// <summary>Similarity of two names in 0..1; 0 when either has no significant token.</summary>
    public double Score(NormalizedName a, NormalizedName b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Score(a.Significant.AsSpan(), b.Significant.AsSpan());
    }

    /// <summary>Similarity of two significant-token sequences (connectors already removed).</summary>
    /// <param name="a">One name's tokens.</param>
    /// <param name="b">The other's.</param>
    /// <param name="weight">Weight of a token; <see cref="KindWeight"/> when null. The screener passes one that also weighs rarity.</param>
    public double Score(ReadOnlySpan<NameToken> a, ReadOnlySpan<NameToken> b, Func<NameToken, double>? weight = null)
    {
        weight ??= KindWeight;
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        a = a[..Math.Min(a.Length, MaxTokens)];
        b = b[..Math.Min(b.Length, MaxTokens)];
        var total = 0.0;
        foreach (var t in a)
        {
            total += weight(t);
        }
        foreach (var t in b)
        {
            total += weight(t);
        }

        Span<double> sims = stackalloc double[a.Length * b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                sims[(i * b.Length) + j] = TokenScore(a[i], b[j]);
            }
        }

        Span<bool> usedA = stackalloc bool[a.Length];
        Span<bool> usedB = stackalloc bool[b.Length];
        var matched = 0.0;
        while (true)
        {
            var best = -1;
            var bestSim = MinPair - 1e-9;
            for (var k = 0; k < sims.Length; k++)
            {
                if (sims[k] > bestSim && !usedA[k / b.Length] && !usedB[k % b.Length])
                {
                    best = k;
                    bestSim = sims[k];
                }
            }
            if (best < 0)
            {
                break;
            }
            var i = best / b.Length;
            var j = best % b.Length;
            usedA[i] = true;
            usedB[j] = true;
            matched += (weight(a[i]) + weight(b[j])) * bestSim;
        }
        return matched / total;
    }

    /// <summary>Similarity of two tokens in 0..1.</summary>
    public double TokenScore(NameToken x, NameToken y)
    {
        if (x.Kind == NameTokenKind.Initial || y.Kind == NameTokenKind.Initial)
        {
            return x.Text[0] != y.Text[0] ? 0
                : x.Kind == y.Kind ? 1
                : InitialMatch;
        }
        if (x.Acronym && y.Acronym)
        {
            return string.Equals(x.Text, y.Text, StringComparison.Ordinal) ? 1 : 0;
        }
        if (string.Equals(x.Canonical, y.Canonical, StringComparison.Ordinal))
        {
            return 1;
        }
        if (x.Canonical.Length <= 3 || y.Canonical.Length <= 3)
        {
            return 0;
        }
        var keysAgree = string.Equals(x.Key, y.Key, StringComparison.Ordinal);
        if (!keysAgree && !MayReach(x.Canonical, y.Canonical))
        {
            return 0;
        }
        var jw = jaroWinkler.Similarity(x.Canonical, y.Canonical);
        // Same skeleton is a transliteration variant, unless only the vowel-blind key agrees on words
        // that start differently and differ in length ("Obaidullah" is not "Abdullah").
        if (keysAgree
            && (x.Canonical[0] == y.Canonical[0] || Math.Abs(x.Canonical.Length - y.Canonical.Length) <= 1))
        {
            return Math.Max(KeyMatch, jw);
        }
        if (jw < MinPair)
        {
            return jw;
        }
        // A typo is one or two edits away as written; Jaro-Winkler alone also pairs different names that share a prefix ("kadafi" ~ "kadir").
        var edits = editDistance.Distance(x.Text, y.Text);
        return edits <= (Math.Min(x.Text.Length, y.Text.Length) >= 8 ? 2 : 1) ? jw : jw * DifferentNamePenalty;
    }

    /// <summary>
    /// Whether Jaro-Winkler could reach <see cref="MinPair"/>: it needs a Jaro similarity of at least
    /// 2/3 (the prefix bonus adds at most 0.4 of the gap), and Jaro counts at most the letters the
    /// words share. Skips most pairs without calling the library.
    /// </summary>
    private static bool MayReach(string a, string b)
    {
        Span<int> counts = stackalloc int[37];
        foreach (var c in a)
        {
            counts[Bucket(c)]++;
        }
        var shared = 0;
        foreach (var c in b)
        {
            if (counts[Bucket(c)]-- > 0)
            {
                shared++;
            }
        }
        var jaroMax = ((double)shared / a.Length + (double)shared / b.Length + 1) / 3;
        return jaroMax + (0.4 * (1 - jaroMax)) >= MinPair;

        static int Bucket(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + c - '0' : 36;
    }

    /// <summary>Weight by kind alone: names 1, initials 0.6, titles 0.3, connectors 0.</summary>
    public static double KindWeight(NameToken t) => t.Kind switch
    {
        NameTokenKind.Title => TitleWeight,
        NameTokenKind.Initial => InitialWeight,
        NameTokenKind.Connector => 0,
        _ => 1,
    };
}
