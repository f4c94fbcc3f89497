using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// Feature templates of the transition model, after Zhang and Nivre (2011) with more context
/// around the words in play. They come in two kinds. <em>Static</em> features read one position's
/// own words, tags and ambiguity class and those of its neighbours, in one role (top of the stack,
/// front of the buffer with the words after it, second on the stack), so a parse looks them up
/// once per position and role, at the start. <em>Dynamic</em> ones read the tree built so far
/// (heads, outermost children, valency, labels), pairs of positions and their distance, and are
/// looked up at every transition.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Static roles: the top of the stack, the front of the buffer, the second on the stack.</summary>
    public const int S0 = 0;

    public const int B0 = 1;

    public const int S1 = 2;

    public const int Roles = 3;

    /// <summary>Places of one role's static features (a role with fewer leaves the rest 0).</summary>
    public const int StaticPerRole = 28;

    public const int MaxDynamic = 72;

    /// <summary>Room for <see cref="All"/>.</summary>
    public const int MaxFeatures = (Roles * StaticPerRole) + MaxDynamic;

    private const ulong None = 0x5bd1e995;

    private static readonly ulong[] Templates = [.. Enumerable.Range(0, 128).Select(FeatureHash.Template)];

    /// <summary>
    /// Writes the static features of position <paramref name="p"/> (-1: none) in <paramref name="role"/>
    /// into <see cref="StaticPerRole"/> places, 0 where a role has fewer; returns how many it wrote before the zeros.
    /// </summary>
    public static int Static(int role, int p, SentenceKeys sentence, Span<ulong> features)
    {
        features[..StaticPerRole].Clear();
        var words = sentence.Words;
        var tags = sentence.Tags;
        var fine = sentence.Fine;
        var classes = sentence.Classes;
        var before = p > 0 ? p - 1 : -1;
        var after = Next(p, words.Length);
        var w = W(words, p);
        var t = T(tags, p);
        var x = T(fine, p);
        var a = T(classes, p);
        var tb = T(tags, before);
        var ta = T(tags, after);
        var n = 0;
        switch (role)
        {
            case S0:
                features[n++] = Templates[0];
                features[n++] = F(1, w);
                features[n++] = F(2, t);
                features[n++] = F(3, w, t);
                features[n++] = F(4, x);
                features[n++] = F(5, w, x);
                features[n++] = F(6, t, tb);
                features[n++] = F(7, t, ta);
                features[n++] = F(8, p >= 0 ? words[p].Suffix3 : None, t);
                features[n++] = F(9, p >= 0 ? words[p].Shape : None, t);
                features[n++] = F(10, FeatureHash.Add(tb, t), ta);
                features[n++] = F(11, W(words, before), t);
                features[n++] = F(12, a);
                features[n++] = F(13, a, t);
                features[n++] = F(14, w, ta);
                features[n++] = F(15, tb, w);
                break;
            case B0:
            {
                // The front of the buffer and the three words after it.
                var b1 = after;
                var b2 = Next(b1, words.Length);
                var b1w = W(words, b1);
                var b1t = T(tags, b1);
                features[n++] = F(16, w);
                features[n++] = F(17, t);
                features[n++] = F(18, w, t);
                features[n++] = F(19, b1w);
                features[n++] = F(20, b1t);
                features[n++] = F(21, b1w, b1t);
                features[n++] = F(22, W(words, b2));
                features[n++] = F(23, T(tags, b2));
                features[n++] = F(24, t, b1t);
                features[n++] = F(25, FeatureHash.Add(t, b1t), T(tags, b2));
                features[n++] = F(26, p >= 0 ? words[p].Shape : None, t);
                features[n++] = F(27, p >= 0 ? words[p].Suffix3 : None, t);
                features[n++] = F(28, x);
                features[n++] = F(29, T(fine, b1));
                features[n++] = F(30, w, x);
                features[n++] = F(31, t, tb);
                features[n++] = F(32, W(words, before), t);
                features[n++] = F(33, T(tags, Next(b2, words.Length)));
                features[n++] = F(34, FeatureHash.Add(T(fine, b1), T(fine, b2)), x);
                features[n++] = F(35, FeatureHash.Add(tb, t), b1t);
                features[n++] = F(36, a);
                features[n++] = F(37, a, t);
                features[n++] = F(38, T(classes, b1), b1t);
                features[n++] = F(39, w, b1w);
                features[n++] = F(40, w, b1t);
                features[n++] = F(41, t, b1w);
                features[n++] = F(42, b1 >= 0 ? words[b1].Suffix3 : None, b1t);
                features[n++] = F(43, w, tb);
                break;
            }
            default:
                features[n++] = F(44, w);
                features[n++] = F(45, t);
                features[n++] = F(46, x);
                features[n++] = F(47, w, t);
                features[n++] = F(48, t, ta);
                features[n++] = F(49, t, tb);
                features[n++] = F(50, a, t);
                features[n++] = F(51, w, x);
                break;
        }
        return n;
    }

    /// <summary>Every feature of <paramref name="state"/>, static ones first (as training sees them); returns how many.</summary>
    public static int All(ArcEagerState state, SentenceKeys sentence, Span<ulong> features)
    {
        var n = Static(S0, state.Stack(0), sentence, features);
        n += Static(B0, state.Buffer, sentence, features[n..]);
        n += Static(S1, state.Stack(1), sentence, features[n..]);
        return n + Dynamic(state, sentence, features[n..]);
    }

    /// <summary>Writes the dynamic features of <paramref name="state"/>; returns how many.</summary>
    public static int Dynamic(ArcEagerState state, SentenceKeys sentence, Span<ulong> features)
    {
        var words = sentence.Words;
        var tags = sentence.Tags;
        var fine = sentence.Fine;
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var b0 = state.IsTerminal ? -1 : state.Buffer;
        var b1 = b0 >= 0 && b0 + 1 <= state.Words ? b0 + 1 : -1;
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
        var b0lw = W(words, b0l);
        var distance = (ulong)(s0 >= 0 && b0 >= 0 ? Math.Min(b0 - s0, 6) : 0);
        var s0vl = (ulong)(s0 >= 0 ? state.LeftCount[s0] : 0);
        var s0vr = (ulong)(s0 >= 0 ? state.RightCount[s0] : 0);
        var b0vl = (ulong)(b0 >= 0 ? state.LeftCount[b0] : 0);
        var s0x = T(fine, s0);
        var b0x = T(fine, b0);
        var b1x = T(fine, b1);
        var s0lt = T(tags, s0l);
        var s0rt = T(tags, s0r);
        var b0lt = T(tags, b0l);
        var s0ht = T(tags, s0h);
        // Pairs several templates share, mixed once.
        var s0wt = FeatureHash.Add(s0w, s0t);
        var b0wt = FeatureHash.Add(b0w, b0t);
        var s0tb0t = FeatureHash.Add(s0t, b0t);
        var s0xb0x = FeatureHash.Add(s0x, b0x);
        var s0ts0lt = FeatureHash.Add(s0t, s0lt);
        var s0ts0rt = FeatureHash.Add(s0t, s0rt);
        var s1ts0t = FeatureHash.Add(s1t, s0t);

        var n = 0;
        // Heads and outermost children.
        features[n++] = F(52, W(words, s0h));
        features[n++] = F(53, s0ht);
        features[n++] = F(54, s0lt);
        features[n++] = F(55, s0rt);
        features[n++] = F(56, b0lt);
        features[n++] = F(57, W(words, s0l));
        features[n++] = F(58, W(words, s0r));
        features[n++] = F(59, b0lw);
        // The top of the stack with the front of the buffer.
        features[n++] = F(60, s0wt, b0wt);
        features[n++] = F(61, s0wt, b0w);
        features[n++] = F(62, s0w, b0wt);
        features[n++] = F(63, s0wt, b0t);
        features[n++] = F(64, s0t, b0wt);
        features[n++] = F(65, s0w, b0w);
        features[n++] = F(66, s0t, b0t);
        features[n++] = F(67, s0tb0t, b1t);
        features[n++] = F(68, FeatureHash.Add(s0ht, s0t), b0t);
        features[n++] = F(69, s0ts0lt, b0t);
        features[n++] = F(70, s0ts0rt, b0t);
        features[n++] = F(71, s0tb0t, b0lt);
        features[n++] = F(72, s1ts0t, b0t);
        // Distance and valency.
        features[n++] = F(73, s0w, distance);
        features[n++] = F(74, s0t, distance);
        features[n++] = F(75, b0w, distance);
        features[n++] = F(76, b0t, distance);
        features[n++] = F(77, s0tb0t, distance);
        features[n++] = F(78, s0w, s0vr);
        features[n++] = F(79, s0t, s0vr);
        features[n++] = F(80, s0w, s0vl);
        features[n++] = F(81, s0t, s0vl);
        features[n++] = F(82, b0w, b0vl);
        features[n++] = F(83, b0t, b0vl);
        // Labels already given.
        features[n++] = F(84, s0t, L(state, s0));
        features[n++] = F(85, s0w, L(state, s0));
        features[n++] = F(86, s0t, L(state, s0l));
        features[n++] = F(87, s0t, L(state, s0r));
        features[n++] = F(88, b0t, L(state, b0l));
        features[n++] = F(89, s0tb0t, FeatureHash.Add(L(state, s0), s0vr));
        // Second-outermost children and the head's head.
        features[n++] = F(90, T(tags, s0l2));
        features[n++] = F(91, T(tags, s0r2));
        features[n++] = F(92, T(tags, b0l2));
        features[n++] = F(93, L(state, s0l2));
        features[n++] = F(94, L(state, s0r2));
        features[n++] = F(95, L(state, b0l2));
        features[n++] = F(96, s0ts0lt, T(tags, s0l2));
        features[n++] = F(97, s0ts0rt, T(tags, s0r2));
        features[n++] = F(98, FeatureHash.Add(b0t, b0lt), T(tags, b0l2));
        features[n++] = F(99, FeatureHash.Add(s0t, s0ht), T(tags, s0h2));
        features[n++] = F(100, W(words, s0h2));
        features[n++] = F(101, T(tags, s0h2));
        // Label sets.
        features[n++] = F(102, s0w, s0 >= 0 ? state.LeftLabels[s0] : None);
        features[n++] = F(103, s0t, s0 >= 0 ? state.RightLabels[s0] : None);
        features[n++] = F(104, b0w, b0 >= 0 ? state.LeftLabels[b0] : None);
        features[n++] = F(105, s0t, s0 >= 0 ? state.LeftLabels[s0] : None);
        features[n++] = F(106, b0t, b0 >= 0 ? state.LeftLabels[b0] : None);
        features[n++] = F(107, FeatureHash.Add(W(words, s1), s1t), s0wt);
        // Penn tags of the words in play.
        features[n++] = F(108, s0x, b0x);
        features[n++] = F(109, s0xb0x, b1x);
        features[n++] = F(110, FeatureHash.Add(T(fine, s1), s0x), b0x);
        features[n++] = F(111, s0xb0x, distance);
        features[n++] = F(112, FeatureHash.Add(T(fine, s0h), s0x), b0x);
        features[n++] = F(113, s0xb0x, FeatureHash.Add(b1x, T(fine, b1 >= 0 && b1 + 1 <= state.Words ? b1 + 1 : -1)));
        // Whether the root is taken; the third on the stack.
        features[n++] = F(114, FeatureHash.Add(b0t, (ulong)state.RightCount[0]), (ulong)(s0 == 0 ? 1 : 0));
        features[n++] = F(115, FeatureHash.Add(s0t, s1t), T(tags, state.Stack(2)));
        // Where a prepositional phrase attaches: the buffer front's first child (its case marker) with the stack.
        features[n++] = F(116, s0w, b0lw);
        features[n++] = F(117, FeatureHash.Add(s0t, b0lw), b0t);
        features[n++] = F(118, W(words, s1), b0lw);
        features[n++] = F(119, s1ts0t, b0lw);
        return n;
    }

    private static int Next(int p, int length) => p >= 0 && p + 1 < length ? p + 1 : -1;

    private static ulong W(ReadOnlySpan<TokenKeys> words, int p) => p < 0 ? None : words[p].Lower;

    private static ulong T(ReadOnlySpan<ulong> tags, int p) => p < 0 ? None : tags[p];

    private static ulong L(ArcEagerState state, int p) => p < 0 ? None : (ulong)(state.Labels[p] + 2);

    private static ulong F(int template, ulong value) => FeatureHash.Key(FeatureHash.Add(Templates[template], value));

    private static ulong F(int template, ulong first, ulong second) => FeatureHash.Key(FeatureHash.Add(Templates[template], first, second));
}
