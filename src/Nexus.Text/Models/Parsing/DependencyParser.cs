using System.Buffers;
using System.Runtime.Intrinsics;
using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// A greedy arc-eager dependency parser: one averaged-perceptron model chooses the transition,
/// a second, with features of its own, labels each arc. Besides the UPOS tags it is given, it
/// predicts Penn Treebank tags with its own small tagger, since they carry what UPOS drops (VBD vs
/// VBN, TO, POS). Produces projective trees in linear time. Immutable after loading and safe to
/// share between threads.
/// </summary>
public sealed class DependencyParser
{
    internal const string Kind = "parser";
    internal const string RootLabel = "root";
    internal const string FallbackLabel = "dep";

    private static readonly TokenKeys RootKeys = TokenKeys.Of("<root>");
    private static readonly ulong RootTag = FeatureHash.Text("<root>");

    private readonly LinearModel _actions;
    private readonly LinearModel _labels;
    private readonly int _rootLabel;
    private readonly int _fallbackLabel;

    private readonly PennTagger _penn;

    internal DependencyParser(ImmutableArray<string> relations, PennTagger penn, LinearModel actions, LinearModel labels)
    {
        Relations = relations;
        _penn = penn;
        _actions = actions;
        _labels = labels;
        _rootLabel = Math.Max(0, relations.IndexOf(RootLabel));
        _fallbackLabel = Math.Max(0, relations.IndexOf(FallbackLabel));
    }

    /// <summary>The relation labels, in class order.</summary>
    public ImmutableArray<string> Relations { get; }

    public long MemoryBytes => _actions.MemoryBytes + _labels.MemoryBytes + _penn.MemoryBytes;

    /// <summary>Parses one sentence given its words and UPOS tags.</summary>
    public DependencyTree Parse(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var keys = new TokenKeys[words.Count + 1];
        var tagKeys = new ulong[words.Count + 1];
        Prepare(words, tags, keys, tagKeys);
        var heads = new int[words.Count];
        var labels = new int[words.Count];
        Parse(keys, tagKeys, heads, labels);
        return new DependencyTree([.. heads], [.. labels.Select(l => Relations[l])]);
    }

    /// <summary>Fills the position-indexed keys (position 0 is the root).</summary>
    internal static void Prepare(IReadOnlyList<string> words, IReadOnlyList<string> tags, Span<TokenKeys> keys, Span<ulong> tagKeys)
    {
        keys[0] = RootKeys;
        tagKeys[0] = RootTag;
        for (var i = 0; i < words.Count; i++)
        {
            keys[i + 1] = TokenKeys.Of(words[i]);
            tagKeys[i + 1] = TagKey(tags[i]);
        }
    }

    /// <summary>Fills the keys of the tokens <c>[first, first + count)</c> of a document; a token without a tag counts as "X".</summary>
    internal static void Prepare(IReadOnlyList<Token> tokens, int first, int count, Span<TokenKeys> keys, Span<ulong> tagKeys)
    {
        keys[0] = RootKeys;
        tagKeys[0] = RootTag;
        for (var i = 0; i < count; i++)
        {
            var token = tokens[first + i];
            keys[i + 1] = TokenKeys.Of(token.Text);
            tagKeys[i + 1] = TagKey(token.Tag ?? "X");
        }
    }

    internal static ulong TagKey(string tag) => FeatureHash.Text(tag);

    /// <summary>
    /// Parses into 0-based <paramref name="heads"/> (-1 for the root) and label indices. The static
    /// features of every position in every role are looked up in one batch first, so a transition
    /// adds three precomputed score vectors and looks up only its dynamic features.
    /// </summary>
    internal void Parse(ReadOnlySpan<TokenKeys> keys, ReadOnlySpan<ulong> tagKeys, Span<int> heads, Span<int> labels)
    {
        const int roles = ParserFeatures.Roles;
        const int actions = ArcEagerState.ActionCount;
        var positions = keys.Length;
        var state = new ArcEagerState(positions - 1);
        // One item per position and role, then the second-on-the-stack role of no position (a stack holding only the root).
        var items = (positions * roles) + 1;
        var fine = ArrayPool<ulong>.Shared.Rent(positions);
        var classes = ArrayPool<ulong>.Shared.Rent(positions);
        var staticFeatures = ArrayPool<ulong>.Shared.Rent(items * ParserFeatures.StaticPerRole);
        var staticScores = ArrayPool<float>.Shared.Rent(items * actions);
        var labelScores = ArrayPool<float>.Shared.Rent(Relations.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxDynamic];
        Span<ulong> labelFeatures = stackalloc ulong[LabelFeatures.Count];
        Span<float> actionScores = stackalloc float[actions];
        try
        {
            _penn.Tag(keys, tagKeys, fine.AsSpan(0, positions), classes.AsSpan(0, positions));
            var sentence = new SentenceKeys(keys, tagKeys, fine.AsSpan(0, positions), classes.AsSpan(0, positions));
            for (var item = 0; item < items; item++)
            {
                var p = item < items - 1 ? item / roles : -1;
                var role = item < items - 1 ? item % roles : ParserFeatures.S1;
                ParserFeatures.Static(role, p, sentence, staticFeatures.AsSpan(item * ParserFeatures.StaticPerRole, ParserFeatures.StaticPerRole));
            }
            var precomputed = staticScores.AsSpan(0, items * actions);
            precomputed.Clear();
            _actions.AddScores(staticFeatures.AsSpan(0, items * ParserFeatures.StaticPerRole), ParserFeatures.StaticPerRole, precomputed);
            while (!state.IsTerminal)
            {
                var s1 = state.Stack(1);
                var sum = Vector128.Create<float>(precomputed.Slice(((state.Stack(0) * roles) + ParserFeatures.S0) * actions, actions))
                    + Vector128.Create<float>(precomputed.Slice(((state.Buffer * roles) + ParserFeatures.B0) * actions, actions))
                    + Vector128.Create<float>(precomputed.Slice((s1 < 0 ? items - 1 : (s1 * roles) + ParserFeatures.S1) * actions, actions));
                sum.CopyTo(actionScores);
                var n = ParserFeatures.Dynamic(state, sentence, features);
                _actions.AddScores(features[..n], actionScores);
                var action = BestValid(state, actionScores);
                var label = -1;
                if (action is ArcEagerState.LeftArc or ArcEagerState.RightArc)
                {
                    var count = LabelFeatures.Extract(state, action, sentence, labelFeatures);
                    var scores = labelScores.AsSpan(0, Relations.Length);
                    scores.Clear();
                    _labels.AddScores(labelFeatures[..count], scores);
                    label = Pos.PosTagger.ArgMax(scores);
                }
                state.Apply(action, label);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(fine);
            ArrayPool<ulong>.Shared.Return(classes);
            ArrayPool<ulong>.Shared.Return(staticFeatures);
            ArrayPool<float>.Shared.Return(staticScores);
            ArrayPool<float>.Shared.Return(labelScores);
        }
        Finish(state, _rootLabel, _fallbackLabel, heads, labels);
    }

    internal static int BestValid(ArcEagerState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < ArcEagerState.ActionCount; a++)
        {
            if (state.IsValid(a) && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }
        return best;
    }

    /// <summary>
    /// Copies the arcs out 0-based. Words left unattached when the buffer empties hang from the
    /// root's single child (or become it), so every parse is one tree.
    /// </summary>
    internal static void Finish(ArcEagerState state, int rootLabel, int fallbackLabel, Span<int> heads, Span<int> labels)
    {
        var root = -1;
        for (var p = 1; p <= state.Words; p++)
        {
            if (state.Heads[p] == 0)
            {
                root = p;
                break;
            }
        }
        for (var p = 1; p <= state.Words; p++)
        {
            var head = state.Heads[p];
            var label = state.Labels[p];
            if (head < 0)
            {
                if (root < 0)
                {
                    root = p;
                    head = 0;
                }
                else
                {
                    head = root;
                    label = -1;
                }
            }
            heads[p - 1] = head - 1;
            labels[p - 1] = head == 0 ? rootLabel : label < 0 ? fallbackLabel : label;
        }
    }

    /// <summary>The same parser without weights smaller than <paramref name="prune"/>: smaller and faster, slightly less accurate.</summary>
    internal DependencyParser Pruned(float prune) => new(Relations, _penn, _actions.Pruned(prune), _labels.Pruned(prune));

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, writer =>
    {
        ModelFile.WriteStrings(writer, Relations);
        _penn.Write(writer);
        _actions.Write(writer);
        _labels.Write(writer);
    });

    public static DependencyParser Load(Stream stream) => ModelFile.Read(stream, Kind, reader =>
    {
        var relations = ModelFile.ReadStrings(reader);
        var penn = PennTagger.Read(reader);
        var actions = LinearModel.Read(reader);
        return new DependencyParser(relations, penn, actions, LinearModel.Read(reader));
    });
}
