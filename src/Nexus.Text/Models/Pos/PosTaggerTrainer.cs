using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Features;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Models.Pos;

/// <summary>Trains a <see cref="PosTagger"/> by averaged perceptron over greedy left-to-right decoding.</summary>
public static class PosTaggerTrainer
{
    /// <summary>Trains on the gold UPOS tags.</summary>
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
        var ambiguity = AmbiguityClasses(examples);
        var weights = new PerceptronWeights(tags.Length);
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[PosFeatures.Count];
        var scores = new float[tags.Length];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffler.Shuffle(examples, random);
            long correct = 0, total = 0;
            foreach (var (keys, gold) in examples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var predicted = new int[keys.Length];
                var classes = new ulong[keys.Length];
                PosTagger.Ambiguity(ambiguity, keys, classes);
                for (var i = 0; i < keys.Length; i++)
                {
                    var n = PosFeatures.Extract(keys, classes, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
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
        return new PosTagger(tags, ambiguity, weights.Freeze(options.Prune));
    }

    /// <summary>Words seen at least <see cref="AmbiguityMinCount"/> times, with a bit for every tag that covers at least 5% of their uses.</summary>
    internal static Dictionary<ulong, ulong> AmbiguityClasses(IEnumerable<(TokenKeys[] Keys, int[] Gold)> examples)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (keys, gold) in examples)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var perTag = counts.TryGetValue(keys[i].Lower, out var existing) ? existing : counts[keys[i].Lower] = [];
                perTag[gold[i]] = perTag.GetValueOrDefault(gold[i]) + 1;
            }
        }
        var classes = new Dictionary<ulong, ulong>();
        foreach (var (word, perTag) in counts)
        {
            var total = perTag.Values.Sum();
            if (total < AmbiguityMinCount)
            {
                continue;
            }
            var mask = 0UL;
            foreach (var (tag, count) in perTag)
            {
                if (count * 20 >= total)
                {
                    mask |= 1UL << tag;
                }
            }
            classes[word] = mask;
        }
        return classes;
    }

    private const int AmbiguityMinCount = 3;
}
