using System.Buffers;
using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// A linear-chain named-entity tagger: averaged-perceptron emission scores over BILOU classes,
/// learned transition scores, exact Viterbi decoding under BILOU constraints. Immutable after
/// loading and safe to share between threads.
/// </summary>
public sealed class NerTagger
{
    // Version 2: word clusters, and emission weights merged with their target-domain copies (version 1 kept both).
    internal const string Kind = "ner-2";

    private readonly LinearModel _emissions;
    private readonly float[] _start;
    private readonly TransitionScores _transitions;
    private readonly float[] _end;

    private readonly NerLexicon _lexicon;

    // Prepositions that open a sentence only capitalised for that: "Near Palmyra, one strike destroyed …" (the bulleted
    // lines of strike reports) names a place after the word, and the training corpora hold too few such sentences for the
    // model to learn it (it read "Near Palmyra" as a person). Not "In", "At", "On": "In Amenas", "At Tanf" are places.
    private static readonly FrozenSet<ulong> OpeningPrepositions = FrozenSet.ToFrozenSet(
        ((string[])["near", "outside", "inside", "beyond", "amid", "amidst", "across", "along", "around", "behind", "between",
            "toward", "towards", "throughout", "within", "despite"]).Select(w => FeatureHash.Lower(w)));

    internal NerTagger(ImmutableArray<string> labels, string domain, NerLexicon lexicon, LinearModel emissions, LinearModel transitions)
    {
        _lexicon = lexicon;
        Labels = labels;
        Domain = domain;
        _emissions = emissions;
        TransitionModel = transitions;
        var classes = BilouScheme.ClassCount(labels.Length);
        _start = new float[classes];
        var matrix = new float[classes * classes];
        _end = new float[classes];
        for (var next = 0; next < classes; next++)
        {
            _start[next] = BilouScheme.Allowed(-1, next) ? transitions.Weight(TransitionKey(-1), next) : float.NegativeInfinity;
            _end[next] = BilouScheme.CanEnd(next) ? 0 : float.NegativeInfinity;
            for (var previous = 0; previous < classes; previous++)
            {
                matrix[(previous * classes) + next] = BilouScheme.Allowed(previous, next)
                    ? transitions.Weight(TransitionKey(previous), next)
                    : float.NegativeInfinity;
            }
        }
        _transitions = new TransitionScores(matrix, classes);
    }

    /// <summary>The entity labels (see <see cref="EntityLabels"/>), in label order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The annotation convention the tagger follows (the training corpus it decodes as), "re3d" for the shipped model.</summary>
    public string Domain { get; }

    internal LinearModel TransitionModel { get; }

    public long MemoryBytes => ((_lexicon.Gazetteer.Count + _lexicon.Clusters.Count) * 24L) + _emissions.MemoryBytes + ((_transitions.ByPrevious.Length + _transitions.ByNext.Length + _start.Length + _end.Length) * sizeof(float));

    /// <summary>Finds the entities of one tokenised sentence.</summary>
    public ImmutableArray<TaggedEntity> Tag(IReadOnlyList<string> words)
    {
        var keys = new TokenKeys[words.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = TokenKeys.Of(words[i]);
        }
        return Tag(keys);
    }

    internal ImmutableArray<TaggedEntity> Tag(ReadOnlySpan<TokenKeys> words)
    {
        var classes = BilouScheme.ClassCount(Labels.Length);
        var emissions = ArrayPool<float>.Shared.Rent(words.Length * classes);
        var path = ArrayPool<int>.Shared.Rent(words.Length);
        var margins = ArrayPool<float>.Shared.Rent(words.Length);
        try
        {
            Score(words, emissions.AsSpan(0, words.Length * classes));
            if (words.Length > 0 && OpeningPrepositions.Contains(words[0].Lower))
            {
                emissions.AsSpan(1, classes - 1).Fill(float.NegativeInfinity);
            }
            Viterbi.Decode(emissions.AsSpan(0, words.Length * classes), _start, _transitions, _end, path.AsSpan(0, words.Length), margins.AsSpan(0, words.Length));
            var result = ImmutableArray.CreateBuilder<TaggedEntity>();
            foreach (var (start, end, label) in BilouScheme.Decode(path.AsSpan(0, words.Length)))
            {
                var margin = float.PositiveInfinity;
                for (var i = start; i < end; i++)
                {
                    margin = Math.Min(margin, margins[i]);
                }
                result.Add(new TaggedEntity(start, end, Labels[label], Confidence(margin)));
            }
            return result.ToImmutable();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<int>.Shared.Return(path);
            ArrayPool<float>.Shared.Return(margins);
        }
    }

    /// <summary>Every token's emission scores; all the sentence's features are looked up in one batch.</summary>
    internal void Score(ReadOnlySpan<TokenKeys> words, Span<float> emissions)
    {
        var perToken = NerFeatures.Count;
        var codes = ArrayPool<ulong>.Shared.Rent(2 * words.Length);
        var features = ArrayPool<ulong>.Shared.Rent(words.Length * perToken);
        try
        {
            var gazetteer = codes.AsSpan(0, words.Length);
            var clusters = codes.AsSpan(words.Length, words.Length);
            _lexicon.Gazetteer.Match(words, gazetteer);
            _lexicon.Clusters.Match(words, clusters);
            for (var i = 0; i < words.Length; i++)
            {
                NerFeatures.Extract(words, gazetteer, clusters, i, features.AsSpan(i * perToken, perToken));
            }
            emissions.Clear();
            _emissions.AddScores(features.AsSpan(0, words.Length * perToken), perToken, emissions);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(codes);
            ArrayPool<ulong>.Shared.Return(features);
        }
    }

    /// <summary>
    /// Maps the smallest max-marginal margin over the span (in perceptron score units) to 0.5..1:
    /// a tie is a coin toss, a margin of a few points is near-certain.
    /// </summary>
    internal static double Confidence(float margin) =>
        float.IsPositiveInfinity(margin) ? 1 : 1 / (1 + Math.Exp(-margin / 4.0));

    /// <summary>The shared features of token <paramref name="i"/> followed by their copies for one domain (training only).</summary>
    internal static int Features(ReadOnlySpan<TokenKeys> words, ReadOnlySpan<ulong> gazetteer, ReadOnlySpan<ulong> clusters, int i, ulong domainKey, Span<ulong> features)
    {
        var n = NerFeatures.Extract(words, gazetteer, clusters, i, features);
        for (var f = 0; f < n; f++)
        {
            features[n + f] = DomainCopy(features[f], domainKey);
        }
        return 2 * n;
    }

    /// <summary>A feature's copy for one domain.</summary>
    internal static ulong DomainCopy(ulong feature, ulong domainKey) => FeatureHash.Key(FeatureHash.Add(feature, domainKey));

    internal static ulong DomainKey(string domain) => FeatureHash.Text(domain);

    internal static ulong TransitionKey(int previous) => (ulong)(previous + 2);

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, writer =>
    {
        ModelFile.WriteStrings(writer, Labels);
        writer.Write(Domain);
        _lexicon.Gazetteer.Write(writer);
        _lexicon.Clusters.Write(writer);
        _emissions.Write(writer);
        TransitionModel.Write(writer);
    });

    public static NerTagger Load(Stream stream) => ModelFile.Read(stream, Kind, reader =>
    {
        var labels = ModelFile.ReadStrings(reader);
        var domain = reader.ReadString();
        var lexicon = new NerLexicon(NerGazetteer.Read(reader), WordClusters.Read(reader));
        var emissions = LinearModel.Read(reader);
        return new NerTagger(labels, domain, lexicon, emissions, LinearModel.Read(reader));
    });
}
