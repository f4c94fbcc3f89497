using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// Feature templates of the transition model after Zhang and Nivre (2011): words and tags of the
/// top of the stack, the front of the buffer and their heads and outermost children, their pairs
/// and triples, arc distance, valency and the labels already assigned. They come in two kinds.
/// <em>Static</em> features read one position's own words and tags in one role (top of the stack,
/// front of the buffer with the two words after it, second on the stack), so a parse looks them up
/// once per position and role, at the start; <em>dynamic</em> ones read the tree built so far or
/// pairs of positions and are looked up at every transition.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Static roles: the top of the stack, the front of the buffer, the second on the stack.</summary>
    public const int S0 = 0;

    public const int B0 = 1;

    public const int S1 = 2;

    public const int Roles = 3;

    /// <summary>Places of one role's static features (a role with fewer leaves the rest 0).</summary>
    public const int StaticPerRole = 32;

    public const int MaxDynamic = 64;

    private const ulong None = 0x5bd1e995;

    private static readonly ulong[] Templates = [.. Enumerable.Range(0, 128).Select(FeatureHash.Template)];

    internal static HashSet<int> Dropped { get; } = [.. (Environment.GetEnvironmentVariable("NEXUS_PARSER_DROP") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

    internal static HashSet<int> Added { get; } = [.. (Environment.GetEnvironmentVariable("NEXUS_PARSER_ADD") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

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
        var n = 0;
        switch (role)
        {
            case S0:
            {
                var w = W(words, p);
                var t = T(tags, p);
                var x = T(fine, p);
                Put(features, ref n, 0, Templates[0]);
                Put(features, ref n, 1, F(1, w));
                Put(features, ref n, 2, F(2, t));
                Put(features, ref n, 3, F(3, w, t));
                Put(features, ref n, 74, F(74, x));
                Put(features, ref n, 81, F(81, w, x));
                Put(features, ref n, 84, F(84, t, T(tags, Before(p))));
                Put(features, ref n, 85, F(85, t, T(tags, After(p, words.Length))));
                Put(features, ref n, 89, F(89, p >= 0 ? words[p].Suffix3 : None, t));
                Put(features, ref n, 90, F(90, p >= 0 ? words[p].Shape : None, t));
                Put(features, ref n, 91, F(91, FeatureHash.Add(T(tags, Before(p)), t), T(tags, After(p, words.Length))));
                Put(features, ref n, 92, F(92, W(words, Before(p)), t));
                Put(features, ref n, 100, F(100, T(classes, p)));
                Put(features, ref n, 101, F(101, T(classes, p), t));
                Put(features, ref n, 106, F(106, w, T(tags, After(p, words.Length))));
                Put(features, ref n, 107, F(107, T(tags, Before(p)), w));
                break;
            }
            case B0:
            {
                var b1 = After(p, words.Length);
                var b2 = After(b1, words.Length);
                var w = W(words, p);
                var t = T(tags, p);
                var b1t = T(tags, b1);
                Put(features, ref n, 4, F(4, w));
                Put(features, ref n, 5, F(5, t));
                Put(features, ref n, 6, F(6, w, t));
                Put(features, ref n, 7, F(7, W(words, b1)));
                Put(features, ref n, 8, F(8, b1t));
                Put(features, ref n, 9, F(9, W(words, b1), b1t));
                Put(features, ref n, 10, F(10, W(words, b2)));
                Put(features, ref n, 11, F(11, T(tags, b2)));
                Put(features, ref n, 29, F(29, t, b1t));
                Put(features, ref n, 30, F(30, FeatureHash.Add(t, b1t), T(tags, b2)));
                Put(features, ref n, 53, F(53, p >= 0 ? words[p].Shape : None, t));
                Put(features, ref n, 54, F(54, p >= 0 ? words[p].Suffix3 : None, t));
                Put(features, ref n, 75, F(75, T(fine, p)));
                Put(features, ref n, 76, F(76, T(fine, b1)));
                Put(features, ref n, 80, F(80, w, T(fine, p)));
                Put(features, ref n, 86, F(86, t, T(tags, Before(p))));
                Put(features, ref n, 93, F(93, W(words, Before(p)), t));
                Put(features, ref n, 94, F(94, T(tags, After(b2, words.Length))));
                Put(features, ref n, 95, F(95, FeatureHash.Add(T(fine, b1), T(fine, b2)), T(fine, p)));
                Put(features, ref n, 97, F(97, FeatureHash.Add(T(tags, Before(p)), t), b1t));
                Put(features, ref n, 102, F(102, T(classes, p)));
                Put(features, ref n, 103, F(103, T(classes, p), t));
                Put(features, ref n, 104, F(104, T(classes, b1), b1t));
                Put(features, ref n, 108, F(108, w, W(words, b1)));
                Put(features, ref n, 109, F(109, w, b1t));
                Put(features, ref n, 110, F(110, t, W(words, b1)));
                Put(features, ref n, 111, F(111, b1 >= 0 ? words[b1].Suffix3 : None, b1t));
                Put(features, ref n, 112, F(112, w, T(tags, Before(p))));
                break;
            }
            default:
            {
                var t = T(tags, p);
                Put(features, ref n, 12, F(12, W(words, p)));
                Put(features, ref n, 13, F(13, t));
                Put(features, ref n, 87, F(87, T(fine, p)));
                Put(features, ref n, 88, F(88, W(words, p), t));
                Put(features, ref n, 98, F(98, t, T(tags, After(p, words.Length))));
                Put(features, ref n, 99, F(99, t, T(tags, Before(p))));
                Put(features, ref n, 105, F(105, T(classes, p), t));
                Put(features, ref n, 113, F(113, W(words, p), T(fine, p)));
                break;
            }
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

    /// <summary>Room for <see cref="All"/>.</summary>
    public const int MaxFeatures = (Roles * StaticPerRole) + MaxDynamic;

    // Writes a template's key unless the experiment drops it or leaves an added one out.
    private static void Put(Span<ulong> features, ref int n, int template, ulong key)
    {
        if (!Dropped.Contains(template) && (template < 84 || Added.Contains(template)))
        {
            features[n++] = key;
        }
    }

    private static int Before(int p) => p > 0 ? p - 1 : -1;

    private static int After(int p, int length) => p >= 0 && p + 1 < length ? p + 1 : -1;

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
        var distance = (ulong)(s0 >= 0 && b0 >= 0 ? Math.Min(b0 - s0, 6) : 0);
        var s0vl = (ulong)(s0 >= 0 ? state.LeftCount[s0] : 0);
        var s0vr = (ulong)(s0 >= 0 ? state.RightCount[s0] : 0);
        var b0vl = (ulong)(b0 >= 0 ? state.LeftCount[b0] : 0);

        var n = 0;
        Put(features, ref n, 14, F(14, W(words, s0h)));
        Put(features, ref n, 15, F(15, T(tags, s0h)));
        Put(features, ref n, 16, F(16, T(tags, s0l)));
        Put(features, ref n, 17, F(17, T(tags, s0r)));
        Put(features, ref n, 18, F(18, T(tags, b0l)));
        Put(features, ref n, 19, F(19, W(words, s0l)));
        Put(features, ref n, 20, F(20, W(words, s0r)));
        Put(features, ref n, 21, F(21, W(words, b0l)));
        Put(features, ref n, 22, F(22, FeatureHash.Add(s0w, s0t), FeatureHash.Add(b0w, b0t)));
        Put(features, ref n, 23, F(23, FeatureHash.Add(s0w, s0t), b0w));
        Put(features, ref n, 24, F(24, s0w, FeatureHash.Add(b0w, b0t)));
        Put(features, ref n, 25, F(25, FeatureHash.Add(s0w, s0t), b0t));
        Put(features, ref n, 26, F(26, s0t, FeatureHash.Add(b0w, b0t)));
        Put(features, ref n, 27, F(27, s0w, b0w));
        Put(features, ref n, 28, F(28, s0t, b0t));
        Put(features, ref n, 31, F(31, FeatureHash.Add(s0t, b0t), b1t));
        Put(features, ref n, 32, F(32, FeatureHash.Add(T(tags, s0h), s0t), b0t));
        Put(features, ref n, 33, F(33, FeatureHash.Add(s0t, T(tags, s0l)), b0t));
        Put(features, ref n, 34, F(34, FeatureHash.Add(s0t, T(tags, s0r)), b0t));
        Put(features, ref n, 35, F(35, FeatureHash.Add(s0t, b0t), T(tags, b0l)));
        Put(features, ref n, 36, F(36, FeatureHash.Add(s1t, s0t), b0t));
        Put(features, ref n, 37, F(37, s0w, distance));
        Put(features, ref n, 38, F(38, s0t, distance));
        Put(features, ref n, 39, F(39, b0w, distance));
        Put(features, ref n, 40, F(40, b0t, distance));
        Put(features, ref n, 41, F(41, FeatureHash.Add(s0t, b0t), distance));
        Put(features, ref n, 42, F(42, s0w, s0vr));
        Put(features, ref n, 43, F(43, s0t, s0vr));
        Put(features, ref n, 44, F(44, s0w, s0vl));
        Put(features, ref n, 45, F(45, s0t, s0vl));
        Put(features, ref n, 46, F(46, b0w, b0vl));
        Put(features, ref n, 47, F(47, b0t, b0vl));
        Put(features, ref n, 48, F(48, s0t, L(state, s0)));
        Put(features, ref n, 49, F(49, s0w, L(state, s0)));
        Put(features, ref n, 50, F(50, s0t, L(state, s0l)));
        Put(features, ref n, 51, F(51, s0t, L(state, s0r)));
        Put(features, ref n, 52, F(52, b0t, L(state, b0l)));
        Put(features, ref n, 55, F(55, FeatureHash.Add(s0t, b0t), FeatureHash.Add(L(state, s0), s0vr)));
        Put(features, ref n, 56, F(56, T(tags, s0l2)));
        Put(features, ref n, 57, F(57, T(tags, s0r2)));
        Put(features, ref n, 58, F(58, T(tags, b0l2)));
        Put(features, ref n, 59, F(59, L(state, s0l2)));
        Put(features, ref n, 60, F(60, L(state, s0r2)));
        Put(features, ref n, 61, F(61, L(state, b0l2)));
        Put(features, ref n, 62, F(62, FeatureHash.Add(s0t, T(tags, s0l)), T(tags, s0l2)));
        Put(features, ref n, 63, F(63, FeatureHash.Add(s0t, T(tags, s0r)), T(tags, s0r2)));
        Put(features, ref n, 64, F(64, FeatureHash.Add(b0t, T(tags, b0l)), T(tags, b0l2)));
        Put(features, ref n, 65, F(65, FeatureHash.Add(s0t, T(tags, s0h)), T(tags, s0h2)));
        Put(features, ref n, 66, F(66, W(words, s0h2)));
        Put(features, ref n, 67, F(67, T(tags, s0h2)));
        Put(features, ref n, 68, F(68, s0w, s0 >= 0 ? state.LeftLabels[s0] : None));
        Put(features, ref n, 69, F(69, s0t, s0 >= 0 ? state.RightLabels[s0] : None));
        Put(features, ref n, 70, F(70, b0w, b0 >= 0 ? state.LeftLabels[b0] : None));
        Put(features, ref n, 71, F(71, s0t, s0 >= 0 ? state.LeftLabels[s0] : None));
        Put(features, ref n, 72, F(72, b0t, b0 >= 0 ? state.LeftLabels[b0] : None));
        Put(features, ref n, 73, F(73, FeatureHash.Add(W(words, s1), s1t), FeatureHash.Add(s0w, s0t)));
        var s0x = T(fine, s0);
        var b0x = T(fine, b0);
        var b1x = T(fine, b1);
        Put(features, ref n, 77, F(77, s0x, b0x));
        Put(features, ref n, 78, F(78, FeatureHash.Add(s0x, b0x), b1x));
        Put(features, ref n, 79, F(79, FeatureHash.Add(T(fine, s1), s0x), b0x));
        Put(features, ref n, 82, F(82, FeatureHash.Add(s0x, b0x), distance));
        Put(features, ref n, 83, F(83, FeatureHash.Add(T(fine, s0h), s0x), b0x));
        Put(features, ref n, 114, F(114, FeatureHash.Add(b0t, (ulong)state.RightCount[0]), (ulong)(s0 == 0 ? 1 : 0)));
        Put(features, ref n, 115, F(115, FeatureHash.Add(s0t, s1t), T(tags, state.Stack(2))));
        Put(features, ref n, 116, F(116, FeatureHash.Add(s0x, b0x), FeatureHash.Add(b1x, T(fine, b1 >= 0 && b1 + 1 <= state.Words ? b1 + 1 : -1))));
        return n;
    }

    private static ulong W(ReadOnlySpan<TokenKeys> words, int p) => p < 0 ? None : words[p].Lower;

    private static ulong T(ReadOnlySpan<ulong> tags, int p) => p < 0 ? None : tags[p];

    private static ulong L(ArcEagerState state, int p) => p < 0 ? None : (ulong)(state.Labels[p] + 2);

    private static ulong F(int template, ulong value) => FeatureHash.Key(FeatureHash.Add(Templates[template], value));

    private static ulong F(int template, ulong first, ulong second) => FeatureHash.Key(FeatureHash.Add(Templates[template], first, second));
}
