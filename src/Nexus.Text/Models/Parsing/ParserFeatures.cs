using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// Feature templates of the parser after Zhang and Nivre (2011): words and tags of the top of the
/// stack, the front of the buffer and their heads and outermost children, their pairs and triples,
/// arc distance, valency and the labels already assigned.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxFeatures = 90;

    private const ulong None = 0x5bd1e995;

    private static readonly ulong[] Templates = [.. Enumerable.Range(0, MaxFeatures).Select(FeatureHash.Template)];

    /// <summary>Writes the features of <paramref name="state"/>; <paramref name="words"/>, <paramref name="tags"/> (UPOS) and <paramref name="fine"/> (Penn Treebank tags) are indexed by position (0 = root).</summary>
    public static int Extract(ArcEagerState state, ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> fine, Span<ulong> features)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var b0 = state.IsTerminal ? -1 : state.Buffer;
        var b1 = b0 >= 0 && b0 + 1 <= state.Words ? b0 + 1 : -1;
        var b2 = b1 >= 0 && b1 + 1 <= state.Words ? b1 + 1 : -1;
        var s0h = s0 > 0 ? state.Heads[s0] : -1;
        var s0l = s0 >= 0 ? state.Leftmost[s0] : -1;
        var s0r = s0 >= 0 ? state.Rightmost[s0] : -1;
        var b0l = b0 >= 0 ? state.Leftmost[b0] : -1;
        var s0l2 = s0 >= 0 ? state.Leftmost2[s0] : -1;
        var s0r2 = s0 >= 0 ? state.Rightmost2[s0] : -1;
        var b0l2 = b0 >= 0 ? state.Leftmost2[b0] : -1;
        var s0h2 = s0h > 0 ? state.Heads[s0h] : -1;

        var s0w = W(words, s0);
        var s0t = T(tags, s0);
        var b0w = W(words, b0);
        var b0t = T(tags, b0);
        var b1t = T(tags, b1);
        var s1t = T(tags, s1);
        var distance = (ulong)(s0 >= 0 && b0 >= 0 ? Math.Min(b0 - s0, 6) : 0);
        var s0vl = (ulong)(s0 >= 0 ? state.LeftCount[s0] : 0);
        var s0vr = (ulong)(s0 >= 0 ? state.RightCount[s0] : 0);
        var b0vl = (ulong)(b0 >= 0 ? state.LeftCount[b0] : 0);

        var n = 0;
        features[n++] = Templates[0];
        features[n++] = F(1, s0w);
        features[n++] = F(2, s0t);
        features[n++] = F(3, s0w, s0t);
        features[n++] = F(4, b0w);
        features[n++] = F(5, b0t);
        features[n++] = F(6, b0w, b0t);
        features[n++] = F(7, W(words, b1));
        features[n++] = F(8, b1t);
        features[n++] = F(9, W(words, b1), b1t);
        features[n++] = F(10, W(words, b2));
        features[n++] = F(11, T(tags, b2));
        features[n++] = F(12, W(words, s1));
        features[n++] = F(13, s1t);
        features[n++] = F(14, W(words, s0h));
        features[n++] = F(15, T(tags, s0h));
        features[n++] = F(16, T(tags, s0l));
        features[n++] = F(17, T(tags, s0r));
        features[n++] = F(18, T(tags, b0l));
        features[n++] = F(19, W(words, s0l));
        features[n++] = F(20, W(words, s0r));
        features[n++] = F(21, W(words, b0l));
        features[n++] = F(22, FeatureHash.Add(s0w, s0t), FeatureHash.Add(b0w, b0t));
        features[n++] = F(23, FeatureHash.Add(s0w, s0t), b0w);
        features[n++] = F(24, s0w, FeatureHash.Add(b0w, b0t));
        features[n++] = F(25, FeatureHash.Add(s0w, s0t), b0t);
        features[n++] = F(26, s0t, FeatureHash.Add(b0w, b0t));
        features[n++] = F(27, s0w, b0w);
        features[n++] = F(28, s0t, b0t);
        features[n++] = F(29, b0t, b1t);
        features[n++] = F(30, FeatureHash.Add(b0t, b1t), T(tags, b2));
        features[n++] = F(31, FeatureHash.Add(s0t, b0t), b1t);
        features[n++] = F(32, FeatureHash.Add(T(tags, s0h), s0t), b0t);
        features[n++] = F(33, FeatureHash.Add(s0t, T(tags, s0l)), b0t);
        features[n++] = F(34, FeatureHash.Add(s0t, T(tags, s0r)), b0t);
        features[n++] = F(35, FeatureHash.Add(s0t, b0t), T(tags, b0l));
        features[n++] = F(36, FeatureHash.Add(s1t, s0t), b0t);
        features[n++] = F(37, s0w, distance);
        features[n++] = F(38, s0t, distance);
        features[n++] = F(39, b0w, distance);
        features[n++] = F(40, b0t, distance);
        features[n++] = F(41, FeatureHash.Add(s0t, b0t), distance);
        features[n++] = F(42, s0w, s0vr);
        features[n++] = F(43, s0t, s0vr);
        features[n++] = F(44, s0w, s0vl);
        features[n++] = F(45, s0t, s0vl);
        features[n++] = F(46, b0w, b0vl);
        features[n++] = F(47, b0t, b0vl);
        features[n++] = F(48, s0t, L(state, s0));
        features[n++] = F(49, s0w, L(state, s0));
        features[n++] = F(50, s0t, L(state, s0l));
        features[n++] = F(51, s0t, L(state, s0r));
        features[n++] = F(52, b0t, L(state, b0l));
        features[n++] = F(53, b0 >= 0 ? words[b0].Shape : None, b0t);
        features[n++] = F(54, b0 >= 0 ? words[b0].Suffix3 : None, b0t);
        features[n++] = F(55, FeatureHash.Add(s0t, b0t), FeatureHash.Add(L(state, s0), s0vr));
        features[n++] = F(56, T(tags, s0l2));
        features[n++] = F(57, T(tags, s0r2));
        features[n++] = F(58, T(tags, b0l2));
        features[n++] = F(59, L(state, s0l2));
        features[n++] = F(60, L(state, s0r2));
        features[n++] = F(61, L(state, b0l2));
        features[n++] = F(62, FeatureHash.Add(s0t, T(tags, s0l)), T(tags, s0l2));
        features[n++] = F(63, FeatureHash.Add(s0t, T(tags, s0r)), T(tags, s0r2));
        features[n++] = F(64, FeatureHash.Add(b0t, T(tags, b0l)), T(tags, b0l2));
        features[n++] = F(65, FeatureHash.Add(s0t, T(tags, s0h)), T(tags, s0h2));
        features[n++] = F(66, W(words, s0h2));
        features[n++] = F(67, T(tags, s0h2));
        features[n++] = F(68, s0w, s0 >= 0 ? state.LeftLabels[s0] : None);
        features[n++] = F(69, s0t, s0 >= 0 ? state.RightLabels[s0] : None);
        features[n++] = F(70, b0w, b0 >= 0 ? state.LeftLabels[b0] : None);
        features[n++] = F(71, s0t, s0 >= 0 ? state.LeftLabels[s0] : None);
        features[n++] = F(72, b0t, b0 >= 0 ? state.LeftLabels[b0] : None);
        features[n++] = F(73, FeatureHash.Add(W(words, s1), s1t), FeatureHash.Add(s0w, s0t));
        var s0x = T(fine, s0);
        var b0x = T(fine, b0);
        var b1x = T(fine, b1);
        features[n++] = F(74, s0x);
        features[n++] = F(75, b0x);
        features[n++] = F(76, b1x);
        features[n++] = F(77, s0x, b0x);
        features[n++] = F(78, FeatureHash.Add(s0x, b0x), b1x);
        features[n++] = F(79, FeatureHash.Add(T(fine, s1), s0x), b0x);
        features[n++] = F(80, b0w, b0x);
        features[n++] = F(81, s0w, s0x);
        features[n++] = F(82, FeatureHash.Add(s0x, b0x), distance);
        features[n++] = F(83, FeatureHash.Add(T(fine, s0h), s0x), b0x);
        return n;
    }

    private static ulong W(ReadOnlySpan<TokenKeys> words, int p) => p < 0 ? None : words[p].Lower;

    private static ulong T(ReadOnlySpan<ulong> tags, int p) => p < 0 ? None : tags[p];

    private static ulong L(ArcEagerState state, int p) => p < 0 ? None : (ulong)(state.Labels[p] + 2);

    private static ulong F(int template, ulong value) => FeatureHash.Key(FeatureHash.Add(Templates[template], value));

    private static ulong F(int template, ulong first, ulong second) => FeatureHash.Key(FeatureHash.Add(Templates[template], first, second));
}
