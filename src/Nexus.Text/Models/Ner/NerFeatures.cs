using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Emission features of the NER model for one token: the word, its neighbours, affixes, shapes
/// their combinations, the gazetteer codes of the word and its neighbours, and prefixes of the word
/// clusters' bit paths. They do not look at labels, so Viterbi can decode exactly.
/// </summary>
internal static class NerFeatures
{
    public const int MaxFeatures = 40;

    /// <summary>How many features <see cref="Extract"/> writes for every token.</summary>
    public const int Count = 39;

    private static readonly ulong[] Templates = [.. Enumerable.Range(0, MaxFeatures).Select(FeatureHash.Template)];

    public static int Extract(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> gazetteer, ReadOnlySpan<ulong> clusters, int i, Span<ulong> features)
    {
        var w0 = words[i];
        var wm1 = i > 0 ? words[i - 1] : TokenKeys.Padding;
        var wm2 = i > 1 ? words[i - 2] : TokenKeys.Padding;
        var wp1 = i + 1 < words.Length ? words[i + 1] : TokenKeys.Padding;
        var wp2 = i + 2 < words.Length ? words[i + 2] : TokenKeys.Padding;
        var first = i == 0 ? 1UL : 0UL;
        var n = 0;
        features[n++] = Templates[0];
        features[n++] = F(1, w0.Lower);
        features[n++] = F(2, w0.Lower, w0.Shape);
        features[n++] = F(3, wm1.Lower);
        features[n++] = F(4, wp1.Lower);
        features[n++] = F(5, wm2.Lower);
        features[n++] = F(6, wp2.Lower);
        features[n++] = F(7, w0.Suffix2);
        features[n++] = F(8, w0.Suffix3);
        features[n++] = F(9, w0.Suffix4);
        features[n++] = F(10, w0.Prefix2);
        features[n++] = F(11, w0.Prefix3);
        features[n++] = F(12, w0.Shape, first);
        features[n++] = F(13, wm1.Shape);
        features[n++] = F(14, wp1.Shape);
        features[n++] = F(15, FeatureHash.Add(wm1.Shape, w0.Shape), wp1.Shape);
        features[n++] = F(16, w0.Flags, first);
        features[n++] = F(17, wm1.Lower, w0.Lower);
        features[n++] = F(18, w0.Lower, wp1.Lower);
        features[n++] = F(19, wm1.Lower, w0.Shape);
        features[n++] = F(20, w0.Shape, wp1.Lower);
        features[n++] = F(21, wm2.Lower, wm1.Lower);
        features[n++] = F(22, wp1.Lower, wp2.Lower);
        features[n++] = F(23, wm1.Suffix3);
        features[n++] = F(24, wp1.Suffix3);
        features[n++] = F(25, wm1.Flags, w0.Flags);
        features[n++] = F(26, w0.Flags, wp1.Flags);
        features[n++] = F(27, wm1.Lower, wp1.Lower);
        features[n++] = F(28, w0.Prefix1, w0.Flags);
        var g0 = gazetteer[i];
        var gm1 = i > 0 ? gazetteer[i - 1] : 1;
        var gp1 = i + 1 < words.Length ? gazetteer[i + 1] : 1;
        features[n++] = F(29, g0);
        features[n++] = F(30, gm1, g0);
        features[n++] = F(31, g0, gp1);
        features[n++] = F(32, g0, w0.Shape);
        var c0 = clusters[i];
        features[n++] = F(33, WordClusters.Prefix(c0, 4));
        features[n++] = F(34, WordClusters.Prefix(c0, 6));
        features[n++] = F(35, WordClusters.Prefix(c0, 10));
        features[n++] = F(36, WordClusters.Prefix(c0, 20));
        features[n++] = F(37, i > 0 ? clusters[i - 1] : 1);
        features[n++] = F(38, i + 1 < words.Length ? clusters[i + 1] : 1);
        return n;
    }

    private static ulong F(int template, ulong value) => FeatureHash.Key(FeatureHash.Add(Templates[template], value));

    private static ulong F(int template, ulong first, ulong second) => FeatureHash.Key(FeatureHash.Add(Templates[template], first, second));
}
