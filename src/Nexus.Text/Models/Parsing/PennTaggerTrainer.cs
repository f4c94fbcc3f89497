using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Features;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Models.Parsing;

/// <summary>Trains a <see cref="PennTagger"/> by averaged perceptron, word by word.</summary>
internal static class PennTaggerTrainer
{
    /// <summary>Training passes: the tagger has few features and learns them in a few passes (EWT dev: 5 and 10 passes score alike).</summary>
    public const int Epochs = 5;

    /// <summary>The Penn tags of a treebank, in class order.</summary>
    public static ImmutableArray<string> TagSet(IEnumerable<ConlluSentence> sentences) =>
        [.. sentences.SelectMany(s => s.Words).Select(w => w.Xpos).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// Learns the gold Penn tags of <paramref name="sentences"/> from their words and the UPOS tags
    /// <paramref name="upos"/> gives (predicted ones, as the parser will see), over the Penn tag set <paramref name="tags"/>.
    /// </summary>
    public static PennTagger Train(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<IReadOnlyList<string>> upos, ImmutableArray<string> tags, int seed, CancellationToken cancellationToken)
    {
        if (tags.Length > 64)
        {
            throw new ArgumentException("An ambiguity class holds at most 64 Penn tags.", nameof(tags));
        }
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var examples = new List<(TokenKeys[] Keys, ulong[] Upos, int[] Gold)>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var keys = new TokenKeys[sentences[s].Words.Length + 1];
            var tagKeys = new ulong[keys.Length];
            DependencyParser.Prepare(sentences[s].Forms, upos[s], keys, tagKeys);
            examples.Add((keys, tagKeys, [-1, .. sentences[s].Words.Select(w => index[w.Xpos])]));
        }
        var ambiguity = Pos.PosTaggerTrainer.AmbiguityClasses(examples.Select(e => (e.Keys[1..], e.Gold[1..])));
        var weights = new PerceptronWeights(tags.Length);
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[PennTagger.FeatureCount];
        var scores = new float[tags.Length];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            Shuffler.Shuffle(examples, random);
            foreach (var (keys, tagKeys, gold) in examples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var p = 1; p < keys.Length; p++)
                {
                    PennTagger.Features(keys, tagKeys, p, features);
                    Array.Clear(scores);
                    weights.AddScores(features, scores);
                    var guess = Pos.PosTagger.ArgMax(scores);
                    if (guess != gold[p])
                    {
                        weights.Update(features, gold[p], 1);
                        weights.Update(features, guess, -1);
                    }
                    weights.Tick();
                }
            }
        }
        return new PennTagger(tags, ambiguity, weights.Freeze(new TrainingOptions().Prune));
    }
}
