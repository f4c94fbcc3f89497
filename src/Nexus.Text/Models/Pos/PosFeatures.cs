using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Pos;

/// <summary>
/// Feature templates of the tagger: the word and its neighbours two either side, affixes, shapes,
/// the two tags already chosen to the left, and the ambiguity classes (tags seen in training) of the
/// word and the two words after it, a cheap look-ahead for a left-to-right tagger. Shared by
/// training and inference so both see the same keys. Template <c>t</c> is written at index <c>t</c>,
/// in two groups: <see cref="Static"/> features read only the words (inference looks a whole
/// sentence up in one batch) and <see cref="Dynamic"/> ones read the tags already chosen. Each
/// group leaves the other's places 0 (no feature), so together they give the keys in template
/// order, the order their weights are summed in.
/// </summary>
internal static class PosFeatures
{
    /// <summary>How many features a word has; template <c>t</c> is at index <c>t</c>.</summary>
    public const int Count = 36;

    /// <summary>The templates that read the previous tags.</summary>
    public static ReadOnlySpan<int> DynamicTemplates => [17, 18, 19, 20, 26, 29, 34, 35];

    private static readonly ulong[] Templates = [.. Enumerable.Range(0, Count).Select(FeatureHash.Template)];

    /// <summary>Every feature of word <paramref name="i"/> (-1 = no previous tag) into <see cref="Count"/> places; returns how many.</summary>
    public static int Extract(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> ambiguity, int i, int previousTag, int previousTag2, Span<ulong> features)
    {
        Static(words, ambiguity, i, features);
        Dynamic(words, ambiguity, i, previousTag, previousTag2, features);
        return Count;
    }

    /// <summary>Writes the features that read only the words; the dynamic templates' places become 0.</summary>
    public static void Static(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> ambiguity, int i, Span<ulong> features)
    {
        var w0 = words[i];
        var wm1 = i > 0 ? words[i - 1] : TokenKeys.Padding;
        var wm2 = i > 1 ? words[i - 2] : TokenKeys.Padding;
        var wp1 = i + 1 < words.Length ? words[i + 1] : TokenKeys.Padding;
        var wp2 = i + 2 < words.Length ? words[i + 2] : TokenKeys.Padding;
        var (a0, ap1, ap2) = Ambiguity(ambiguity, i, words.Length);
        features[0] = Templates[0];
        features[1] = F(1, w0.Lower);
        features[2] = F(2, wm1.Lower);
        features[3] = F(3, wp1.Lower);
        features[4] = F(4, wm2.Lower);
        features[5] = F(5, wp2.Lower);
        features[6] = F(6, w0.Suffix1);
        features[7] = F(7, w0.Suffix2);
        features[8] = F(8, w0.Suffix3);
        features[9] = F(9, w0.Suffix4);
        features[10] = F(10, w0.Prefix1);
        features[11] = F(11, w0.Prefix2);
        features[12] = F(12, w0.Prefix3);
        features[13] = F(13, w0.Shape);
        features[14] = F(14, wm1.Shape);
        features[15] = F(15, wp1.Shape);
        features[16] = F(16, w0.Flags, i == 0 ? 1UL : 0UL);
        features[21] = F(21, wm1.Lower, w0.Lower);
        features[22] = F(22, w0.Lower, wp1.Lower);
        features[23] = F(23, wm1.Suffix3);
        features[24] = F(24, wp1.Suffix3);
        features[25] = F(25, w0.Lower, w0.Shape);
        features[27] = F(27, wp1.Lower, wp2.Lower);
        features[28] = F(28, wm1.Lower, wm2.Lower);
        features[30] = F(30, a0);
        features[31] = F(31, ap1);
        features[32] = F(32, ap2);
        features[33] = F(33, a0, ap1);
        foreach (var t in DynamicTemplates)
        {
            features[t] = 0;
        }
    }

    /// <summary>Writes the features that read the two previous tags (-1 = before the sentence) into the dynamic templates' places.</summary>
    public static void Dynamic(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> ambiguity, int i, int previousTag, int previousTag2, Span<ulong> features)
    {
        var w0 = words[i];
        var wp1 = i + 1 < words.Length ? words[i + 1] : TokenKeys.Padding;
        var t1 = (ulong)(previousTag + 1);
        var t2 = (ulong)(previousTag2 + 1);
        var (a0, ap1, _) = Ambiguity(ambiguity, i, words.Length);
        features[17] = F(17, t1);
        features[18] = F(18, t2);
        features[19] = F(19, t1, t2);
        features[20] = F(20, t1, w0.Lower);
        features[26] = F(26, t1, w0.Suffix3);
        features[29] = F(29, t1, wp1.Lower);
        features[34] = F(34, t1, a0);
        features[35] = F(35, FeatureHash.Add(t1, a0), ap1);
    }

    /// <summary>The ambiguity classes of the word and the two after it; past the sentence's end a class of its own.</summary>
    private static (ulong A0, ulong Ap1, ulong Ap2) Ambiguity(ReadOnlySpan<ulong> ambiguity, int i, int words) => (
        ambiguity[i],
        i + 1 < words ? ambiguity[i + 1] : 1UL << 62,
        i + 2 < words ? ambiguity[i + 2] : 1UL << 62);

    private static ulong F(int template, ulong value) => FeatureHash.Key(FeatureHash.Add(Templates[template], value));

    private static ulong F(int template, ulong first, ulong second) => FeatureHash.Key(FeatureHash.Add(Templates[template], first, second));
}
