using System.Buffers;
using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// Penn Treebank tags for words that already carry their UPOS tags: the distinctions UPOS drops
/// (VBD vs VBN, VB vs VBP, NN vs NNS, TO, POS) read off the word, its affixes and its neighbours'
/// words and tags, every feature paired with the word's UPOS tag. Each word is tagged on its own,
/// with no left-to-right dependency, so a sentence is one batch of lookups: on EWT dev it is as
/// accurate as a full left-to-right Penn tagger (0.944) at a third of the lookups. It also gives
/// each word its ambiguity class: the Penn tags it was seen with in training.
/// </summary>
internal sealed class PennTagger
{
    /// <summary>Features per word.</summary>
    public const int FeatureCount = 11;

    private const ulong Before = 0x2f1a;
    private const ulong After = 0x3b27;

    private static readonly ulong[] Templates = [.. Enumerable.Range(0, FeatureCount).Select(t => FeatureHash.Template(400 + t))];

    private readonly LinearModel _model;
    private readonly ulong[] _tagKeys;
    private readonly Dictionary<ulong, ulong> _ambiguity;

    public PennTagger(ImmutableArray<string> tags, Dictionary<ulong, ulong> ambiguity, LinearModel model)
    {
        Tags = tags;
        _ambiguity = ambiguity;
        _model = model;
        _tagKeys = [.. tags.Select(DependencyParser.TagKey)];
    }

    public ImmutableArray<string> Tags { get; }

    public long MemoryBytes => _model.MemoryBytes + (_ambiguity.Count * 24L);

    /// <summary>Tags one sentence given its words and UPOS tags; also gives the position-indexed ambiguity classes.</summary>
    public (ImmutableArray<string> Tags, ulong[] Classes) Tag(IReadOnlyList<string> words, IReadOnlyList<string> upos)
    {
        var keys = new TokenKeys[words.Count + 1];
        var tagKeys = new ulong[words.Count + 1];
        DependencyParser.Prepare(words, upos, keys, tagKeys);
        var ambiguity = new ulong[keys.Length];
        Classify(_ambiguity, keys, ambiguity);
        var classes = new int[keys.Length];
        Classes(keys, tagKeys, classes);
        return ([.. classes.Skip(1).Select(c => Tags[c])], ambiguity);
    }

    /// <summary>
    /// Writes each position's ambiguity class into <paramref name="ambiguity"/> and the tag key of its
    /// Penn tag into <paramref name="fine"/>; positions are those of the parser (0 is the root, which
    /// keeps its UPOS key).
    /// </summary>
    public void Tag(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> upos, Span<ulong> fine, Span<ulong> ambiguity)
    {
        var classes = ArrayPool<int>.Shared.Rent(words.Length);
        try
        {
            Classify(_ambiguity, words, ambiguity);
            Classes(words, upos, classes);
            fine[0] = upos[0];
            for (var p = 1; p < words.Length; p++)
            {
                fine[p] = _tagKeys[classes[p]];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(classes);
        }
    }

    /// <summary>Each position's ambiguity class; the root has one of its own.</summary>
    public static void Classify(Dictionary<ulong, ulong> classes, ReadOnlySpan<TokenKeys> words, Span<ulong> ambiguity)
    {
        Pos.PosTagger.Ambiguity(classes, words[1..], ambiguity[1..words.Length]);
        ambiguity[0] = RootClass;
    }

    private const ulong RootClass = 1UL << 63;

    /// <summary>The Penn tag class of positions 1..n into <paramref name="classes"/>, looked up in one batch.</summary>
    private void Classes(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> upos, Span<int> classes)
    {
        var n = words.Length - 1;
        var features = ArrayPool<ulong>.Shared.Rent(n * FeatureCount);
        var scores = ArrayPool<float>.Shared.Rent(n * Tags.Length);
        try
        {
            for (var p = 1; p <= n; p++)
            {
                Features(words, upos, p, features.AsSpan((p - 1) * FeatureCount, FeatureCount));
            }
            var all = scores.AsSpan(0, n * Tags.Length);
            all.Clear();
            _model.AddScores(features.AsSpan(0, n * FeatureCount), FeatureCount, all);
            for (var p = 1; p <= n; p++)
            {
                classes[p] = Pos.PosTagger.ArgMax(all.Slice((p - 1) * Tags.Length, Tags.Length));
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(features);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>The <see cref="FeatureCount"/> features of position <paramref name="p"/> (1..n; 0 is the root).</summary>
    public static void Features(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> upos, int p, Span<ulong> features)
    {
        var u = upos[p];
        var word = words[p];
        features[0] = F(0, u, 0);
        features[1] = F(1, word.Lower, u);
        features[2] = F(2, word.Suffix2, u);
        features[3] = F(3, word.Suffix3, u);
        features[4] = F(4, Tag(upos, p - 1), u);
        features[5] = F(5, Tag(upos, p + 1), u);
        features[6] = F(6, Word(words, p - 1), u);
        features[7] = F(7, Word(words, p - 2), u);
        features[8] = F(8, FeatureHash.Add(Tag(upos, p - 2), Tag(upos, p - 1)), u);
        features[9] = F(9, word.Shape, u);
        features[10] = F(10, Word(words, p + 1), u);
    }

    // Before the root or past the last word, a value of its own.
    private static ulong Tag(ReadOnlySpan<ulong> upos, int p) => p < 0 ? Before : p >= upos.Length ? After : upos[p];

    private static ulong Word(ReadOnlySpan<TokenKeys> words, int p) => p < 0 ? Before : p >= words.Length ? After : words[p].Lower;

    private static ulong F(int template, ulong first, ulong second) => FeatureHash.Key(FeatureHash.Add(Templates[template], first, second));

    public void Write(BinaryWriter writer)
    {
        ModelFile.WriteStrings(writer, Tags);
        Pos.PosTagger.WriteAmbiguity(writer, _ambiguity);
        _model.Write(writer);
    }

    public static PennTagger Read(BinaryReader reader)
    {
        var tags = ModelFile.ReadStrings(reader);
        var ambiguity = Pos.PosTagger.ReadAmbiguity(reader);
        return new PennTagger(tags, ambiguity, LinearModel.Read(reader));
    }
}
