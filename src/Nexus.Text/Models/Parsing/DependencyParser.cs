using System.Buffers;
using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// A greedy arc-eager dependency parser: one averaged-perceptron model chooses the transition,
/// a second labels each arc. Besides the UPOS tags it is given, it predicts Penn Treebank tags with
/// its own small tagger, since they carry what UPOS drops (VBD vs VBN, TO, POS). Produces projective
/// trees in linear time. Immutable after loading and
/// safe to share between threads.
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

    private readonly Pos.PosTagger _fine;

    internal DependencyParser(ImmutableArray<string> relations, Pos.PosTagger fine, LinearModel actions, LinearModel labels)
    {
        Relations = relations;
        _fine = fine;
        _actions = actions;
        _labels = labels;
        _rootLabel = Math.Max(0, relations.IndexOf(RootLabel));
        _fallbackLabel = Math.Max(0, relations.IndexOf(FallbackLabel));
    }

    /// <summary>The relation labels, in class order.</summary>
    public ImmutableArray<string> Relations { get; }

    public long MemoryBytes => _actions.MemoryBytes + _labels.MemoryBytes + _fine.MemoryBytes;

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

    /// <summary>Parses into 0-based <paramref name="heads"/> (-1 for the root) and label indices.</summary>
    internal void Parse(ReadOnlySpan<TokenKeys> keys, ReadOnlySpan<ulong> tagKeys, Span<int> heads, Span<int> labels)
    {
        var state = new ArcEagerState(keys.Length - 1);
        var fine = ArrayPool<ulong>.Shared.Rent(keys.Length);
        FineTags(_fine, keys, fine);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<float> actionScores = stackalloc float[ArcEagerState.ActionCount];
        var labelScores = ArrayPool<float>.Shared.Rent(Relations.Length);
        try
        {
            while (!state.IsTerminal)
            {
                var n = ParserFeatures.Extract(state, keys, tagKeys, fine.AsSpan(0, keys.Length), features);
                actionScores.Clear();
                _actions.AddScores(features[..n], actionScores);
                var action = BestValid(state, actionScores);
                var label = -1;
                if (action is ArcEagerState.LeftArc or ArcEagerState.RightArc)
                {
                    label = BestLabel(features[..n], action, labelScores.AsSpan(0, Relations.Length));
                }
                state.Apply(action, label);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(labelScores);
            ArrayPool<ulong>.Shared.Return(fine);
        }
        Finish(state, _rootLabel, _fallbackLabel, heads, labels);
    }

    /// <summary>Position-indexed keys of the fine (Penn Treebank) tags the parser's own tagger predicts.</summary>
    internal static void FineTags(Pos.PosTagger tagger, ReadOnlySpan<TokenKeys> keys, Span<ulong> fine)
    {
        var classes = ArrayPool<int>.Shared.Rent(keys.Length);
        try
        {
            tagger.Tag(keys[1..], classes.AsSpan(0, keys.Length - 1));
            fine[0] = RootTag;
            for (var i = 1; i < keys.Length; i++)
            {
                fine[i] = TagKey(tagger.Tags[classes[i - 1]]);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(classes);
        }
    }

    internal int BestLabel(ReadOnlySpan<ulong> features, int action, Span<float> scores)
    {
        Span<ulong> labelFeatures = stackalloc ulong[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            labelFeatures[i] = LabelFeature(features[i], action);
        }
        scores.Clear();
        _labels.AddScores(labelFeatures, scores);
        return Pos.PosTagger.ArgMax(scores);
    }

    /// <summary>Label features are the state features split by arc direction.</summary>
    internal static ulong LabelFeature(ulong feature, int action) => FeatureHash.Key(FeatureHash.Add(feature, (ulong)action));

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
    internal DependencyParser Pruned(float prune) => new(Relations, _fine, _actions.Pruned(prune), _labels.Pruned(prune));

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, writer =>
    {
        ModelFile.WriteStrings(writer, Relations);
        _fine.Write(writer);
        _actions.Write(writer);
        _labels.Write(writer);
    });

    public static DependencyParser Load(Stream stream) => ModelFile.Read(stream, Kind, reader =>
    {
        var relations = ModelFile.ReadStrings(reader);
        var fine = Pos.PosTagger.Read(reader);
        var actions = LinearModel.Read(reader);
        return new DependencyParser(relations, fine, actions, LinearModel.Read(reader));
    });
}
