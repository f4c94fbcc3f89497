using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Pos;

/// <summary>
/// Feature templates of the tagger: the word and its neighbours two either side, affixes, shapes,
/// the two tags already chosen to the left, and the ambiguity classes (tags seen in training) of the
/// word and the two words after it, a cheap look-ahead for a left-to-right tagger. Shared by training and inference so both see the
/// same keys.
/// </summary>
internal static class PosFeatures
{
    public const int MaxFeatures = 40;

    private static readonly ulong[] Templates = [.. Enumerable.Range(0, MaxFeatures).Select(FeatureHash.Template)];

    /// <summary>Writes the features of word <paramref name="i"/> and returns how many.</summary>
    public static int Extract(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> ambiguity, int i, int previousTag, int previousTag2, Span<ulong> features)
    {
        var w0 = words[i];
        var wm1 = i > 0 ? words[i - 1] : TokenKeys.Padding;
        var wm2 = i > 1 ? words[i - 2] : TokenKeys.Padding;
        var wp1 = i + 1 < words.Length ? words[i + 1] : TokenKeys.Padding;
        var wp2 = i + 2 < words.Length ? words[i + 2] : TokenKeys.Padding;
        var t1 = (ulong)(previousTag + 1);
        var t2 = (ulong)(previousTag2 + 1);
        var n = 0;
        features[n++] = Templates[0];
        features[n++] = F(1, w0.Lower);
        features[n++] = F(2, wm1.Lower);
        features[n++] = F(3, wp1.Lower);
        features[n++] = F(4, wm2.Lower);
        features[n++] = F(5, wp2.Lower);
        features[n++] = F(6, w0.Suffix1);
        features[n++] = F(7, w0.Suffix2);
        features[n++] = F(8, w0.Suffix3);
        features[n++] = F(9, w0.Suffix4);
        features[n++] = F(10, w0.Prefix1);
        features[n++] = F(11, w0.Prefix2);
        features[n++] = F(12, w0.Prefix3);
        features[n++] = F(13, w0.Shape);
        features[n++] = F(14, wm1.Shape);
        features[n++] = F(15, wp1.Shape);
        features[n++] = F(16, w0.Flags, i == 0 ? 1UL : 0UL);
        features[n++] = F(17, t1);
        features[n++] = F(18, t2);
        features[n++] = F(19, t1, t2);
        features[n++] = F(20, t1, w0.Lower);
        features[n++] = F(21, wm1.Lower, w0.Lower);
        features[n++] = F(22, w0.Lower, wp1.Lower);
        features[n++] = F(23, wm1.Suffix3);
        features[n++] = F(24, wp1.Suffix3);
        features[n++] = F(25, w0.Lower, w0.Shape);
        features[n++] = F(26, t1, w0.Suffix3);
        features[n++] = F(27, wp1.Lower, wp2.Lower);
        features[n++] = F(28, wm1.Lower, wm2.Lower);
        features[n++] = F(29, t1, wp1.Lower);
        var a0 = ambiguity[i];
        var ap1 = i + 1 < words.Length ? ambiguity[i + 1] : 1UL << 62;
        var ap2 = i + 2 < words.Length ? ambiguity[i + 2] : 1UL << 62;
        features[n++] = F(30, a0);
        features[n++] = F(31, ap1);
        features[n++] = F(32, ap2);
        features[n++] = F(33, a0, ap1);
        features[n++] = F(34, t1, a0);
        features[n++] = F(35, FeatureHash.Add(t1, a0), ap1);
        return n;
    }

    private static ulong F(int template, ulong value) => FeatureHash.Key(FeatureHash.Add(Templates[template], value));

    private static ulong F(int template, ulong first, ulong second) => FeatureHash.Key(FeatureHash.Add(Templates[template], first, second));
}
