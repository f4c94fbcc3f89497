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

    internal PosTagger(ImmutableArray<string> tags, LinearModel model)
    {
        Tags = tags;
        _model = model;
    }

    /// <summary>The tag set, in class order.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Bytes the weights take in memory.</summary>
    public long MemoryBytes => _model.MemoryBytes;

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
    internal void Tag(ReadOnlySpan<TokenKeys> words, Span<int> tags)
    {
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        var scores = ArrayPool<float>.Shared.Rent(Tags.Length);
        try
        {
            var span = scores.AsSpan(0, Tags.Length);
            for (var i = 0; i < words.Length; i++)
            {
                var n = PosFeatures.Extract(words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, features);
                span.Clear();
                _model.AddScores(features[..n], span);
                tags[i] = ArgMax(span);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, writer =>
    {
        ModelFile.WriteStrings(writer, Tags);
        _model.Write(writer);
    });

    public static PosTagger Load(Stream stream) => ModelFile.Read(stream, Kind, reader =>
    {
        var tags = ModelFile.ReadStrings(reader);
        return new PosTagger(tags, LinearModel.Read(reader));
    });

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
