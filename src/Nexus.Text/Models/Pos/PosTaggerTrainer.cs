using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Features;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Models.Pos;

/// <summary>Trains a <see cref="PosTagger"/> by averaged perceptron over greedy left-to-right decoding.</summary>
public static class PosTaggerTrainer
{
    public static PosTagger Train(
        IReadOnlyList<ConlluSentence> sentences,
        TrainingOptions options,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var tags = sentences.SelectMany(s => s.Words).Select(w => w.Upos).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var examples = sentences
            .Select(s => (Keys: s.Words.Select(w => TokenKeys.Of(w.Form)).ToArray(), Gold: s.Words.Select(w => index[w.Upos]).ToArray()))
            .ToList();
        var weights = new PerceptronWeights(tags.Length);
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        var scores = new float[tags.Length];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffler.Shuffle(examples, random);
            long correct = 0, total = 0;
            foreach (var (keys, gold) in examples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var predicted = new int[keys.Length];
                for (var i = 0; i < keys.Length; i++)
                {
                    var n = PosFeatures.Extract(keys, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    Array.Clear(scores);
                    weights.AddScores(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    if (guess != gold[i])
                    {
                        weights.Update(features[..n], gold[i], 1);
                        weights.Update(features[..n], guess, -1);
                    }
                    else
                    {
                        correct++;
                    }
                    weights.Tick();
                    total++;
                    predicted[i] = guess;
                }
            }
            progress?.Report(new TrainingProgress("pos", epoch, options.Epochs, (double)correct / total));
        }
        return new PosTagger(tags, weights.Freeze(options.Prune));
    }
}
