using System.Buffers;
using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Pos;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger producing Universal POS tags. Immutable after
/// loading and safe to share between threads.
/// </summary>
public sealed class PosTagger
{
    internal const string Kind = "pos";

    private readonly LinearModel _model;
    private readonly Dictionary<ulong, ulong> _ambiguity;

    internal PosTagger(ImmutableArray<string> tags, Dictionary<ulong, ulong> ambiguity, LinearModel model)
    {
        Tags = tags;
        _ambiguity = ambiguity;
        _model = model;
    }

    /// <summary>The tag set, in class order.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Bytes the weights take in memory.</summary>
    public long MemoryBytes => _model.MemoryBytes + (_ambiguity.Count * 24L);

    /// <summary>Tags one sentence.</summary>
    public ImmutableArray<string> Tag(IReadOnlyList<string> words)
    {
        var keys = new TokenKeys[words.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = TokenKeys.Of(words[i]);
        }
        var classes = new int[keys.Length];
        Tag(keys, classes);
        return [.. classes.Select(c => Tags[c])];
    }

    /// <summary>Tags one sentence given its word keys, writing class indices into <paramref name="tags"/>.</summary>
    /// <remarks>
    /// Thread-safe: all scratch space is rented per call. The features that read only the words are
    /// looked up for the whole sentence in one batch; each word then looks up the few that read the
    /// tags already chosen and sums all its rows in template order, as training did.
    /// </remarks>
    internal void Tag(ReadOnlySpan<TokenKeys> words, Span<int> tags)
    {
        const int count = PosFeatures.Count;
        var n = words.Length;
        var features = ArrayPool<ulong>.Shared.Rent(n * count);
        var rows = ArrayPool<ulong>.Shared.Rent(n * count);
        var scores = ArrayPool<float>.Shared.Rent(Tags.Length);
        var ambiguity = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            Ambiguity(_ambiguity, words, ambiguity);
            for (var i = 0; i < n; i++)
            {
                PosFeatures.Static(words, ambiguity, i, features.AsSpan(i * count, count));
            }
            _model.Find(features.AsSpan(0, n * count), rows.AsSpan(0, n * count));
            var dynamic = PosFeatures.DynamicTemplates;
            Span<ulong> dynamicKeys = stackalloc ulong[dynamic.Length];
            Span<ulong> dynamicRows = stackalloc ulong[dynamic.Length];
            var row = scores.AsSpan(0, Tags.Length);
            for (var i = 0; i < n; i++)
            {
                var wordFeatures = features.AsSpan(i * count, count);
                var wordRows = rows.AsSpan(i * count, count);
                PosFeatures.Dynamic(words, ambiguity, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, wordFeatures);
                for (var d = 0; d < dynamic.Length; d++)
                {
                    dynamicKeys[d] = wordFeatures[dynamic[d]];
                }
                _model.Find(dynamicKeys, dynamicRows);
                for (var d = 0; d < dynamic.Length; d++)
                {
                    wordRows[dynamic[d]] = dynamicRows[d];
                }
                row.Clear();
                _model.AddRows(wordRows, row);
                tags[i] = ArgMax(row);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(features);
            ArrayPool<ulong>.Shared.Return(rows);
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<ulong>.Shared.Return(ambiguity);
        }
    }

    /// <summary>Each word's ambiguity class: a bit per tag it was seen with in training, 0 when unseen.</summary>
    internal static void Ambiguity(Dictionary<ulong, ulong> classes, ReadOnlySpan<TokenKeys> words, Span<ulong> ambiguity)
    {
        for (var i = 0; i < words.Length; i++)
        {
            ambiguity[i] = classes.GetValueOrDefault(words[i].Lower);
        }
    }

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, Write);

    public static PosTagger Load(Stream stream) => ModelFile.Read(stream, Kind, Read);

    private void Write(BinaryWriter writer)
    {
        ModelFile.WriteStrings(writer, Tags);
        WriteAmbiguity(writer, _ambiguity);
        _model.Write(writer);
    }

    private static PosTagger Read(BinaryReader reader)
    {
        var tags = ModelFile.ReadStrings(reader);
        var ambiguity = ReadAmbiguity(reader);
        return new PosTagger(tags, ambiguity, LinearModel.Read(reader));
    }

    /// <summary>Writes ambiguity classes in word-key order (also the parser's Penn tagger's).</summary>
    internal static void WriteAmbiguity(BinaryWriter writer, Dictionary<ulong, ulong> classes)
    {
        writer.Write(classes.Count);
        foreach (var (word, tags) in classes.OrderBy(p => p.Key))
        {
            writer.Write(word);
            writer.Write(tags);
        }
    }

    internal static Dictionary<ulong, ulong> ReadAmbiguity(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadUInt64();
            classes[word] = reader.ReadUInt64();
        }
        return classes;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }
}
