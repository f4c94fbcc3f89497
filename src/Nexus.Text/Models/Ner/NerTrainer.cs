using Nexus.Text.Models.Features;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Trains a <see cref="NerTagger"/> as a structured averaged perceptron (Collins 2002): decode each
/// sentence with Viterbi under the current weights and, where the path differs from gold, move the
/// emission and transition weights towards gold. Every emission feature is learned twice
/// (Daumé 2007): once shared by all corpora and once for the corpus's own domain, so the differing
/// conventions of re3d, wikigold, GMB and GUM (does "the" belong to the name? are "we" and "the regime"
/// mentions?) do not blur each other. The saved model decodes in <c>targetDomain</c>: each shared
/// weight is saved summed with its copy for that domain, so decoding looks each feature up once.
/// </summary>
public static class NerTrainer
{
    internal static NerTagger Train(
        IReadOnlyList<NerExample> sentences,
        IReadOnlyList<string> labels,
        string targetDomain,
        NerLexicon lexicon,
        TrainingOptions options,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var classes = BilouScheme.ClassCount(labels.Count);
        var examples = sentences.Where(s => s.Sentence.Words.Length > 0).ToList();
        var emissions = new PerceptronWeights(classes);
        var transitions = new PerceptronWeights(classes);
        var start = new float[classes];
        var matrix = new float[classes * classes];
        var end = new float[classes];
        for (var next = 0; next < classes; next++)
        {
            start[next] = BilouScheme.Allowed(-1, next) ? 0 : float.NegativeInfinity;
            end[next] = BilouScheme.CanEnd(next) ? 0 : float.NegativeInfinity;
            for (var previous = 0; previous < classes; previous++)
            {
                matrix[(previous * classes) + next] = BilouScheme.Allowed(previous, next) ? 0 : float.NegativeInfinity;
            }
        }
        var lattice = new TransitionScores(matrix, classes);
        var random = new Random(options.Seed);
        var features = new ulong[NerFeatures.MaxFeatures * 2];
        var shared = new HashSet<ulong>();
        var transitionKey = new ulong[1];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffler.Shuffle(examples, random);
            long correct = 0, total = 0;
            foreach (var (sentence, domain) in examples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var domainKey = NerTagger.DomainKey(domain);
                var n = sentence.Words.Length;
                var keys = sentence.Words.Select(w => TokenKeys.Of(w)).ToArray();
                var codes = new ulong[n];
                lexicon.Gazetteer.Match(keys, codes);
                var clusters = new ulong[n];
                lexicon.Clusters.Match(keys, clusters);
                var gold = new int[n];
                BilouScheme.Encode(sentence.Entities, labelIndex, gold);
                var scores = new float[n * classes];
                for (var i = 0; i < n; i++)
                {
                    var count = NerTagger.Features(keys, codes, clusters, i, domainKey, features);
                    emissions.AddScores(features.AsSpan(0, count), scores.AsSpan(i * classes, classes));
                }
                var path = new int[n];
                Viterbi.Decode(scores, start, lattice, end, path, []);
                total += n;
                for (var i = 0; i < n; i++)
                {
                    if (path[i] == gold[i])
                    {
                        correct++;
                        continue;
                    }
                    var count = NerTagger.Features(keys, codes, clusters, i, domainKey, features);
                    foreach (var feature in features.AsSpan(0, count / 2))
                    {
                        shared.Add(feature);
                    }
                    emissions.Update(features.AsSpan(0, count), gold[i], 1);
                    emissions.Update(features.AsSpan(0, count), path[i], -1);
                }
                for (var i = 0; i < n; i++)
                {
                    var goldPrevious = i > 0 ? gold[i - 1] : -1;
                    var pathPrevious = i > 0 ? path[i - 1] : -1;
                    if (goldPrevious == pathPrevious && gold[i] == path[i])
                    {
                        continue;
                    }
                    Move(transitions, transitionKey, goldPrevious, gold[i], 1, start, lattice);
                    Move(transitions, transitionKey, pathPrevious, path[i], -1, start, lattice);
                }
                emissions.Tick();
                transitions.Tick();
            }
            progress?.Report(new TrainingProgress("ner", epoch, options.Epochs, (double)correct / total));
        }
        var target = NerTagger.DomainKey(targetDomain);
        var merged = emissions.Freeze(options.Prune, shared, f => NerTagger.DomainCopy(f, target));
        return new NerTagger([.. labels], targetDomain, lexicon, merged, transitions.Freeze(0));
    }

    private static void Move(PerceptronWeights transitions, ulong[] key, int previous, int next, float delta, float[] start, TransitionScores lattice)
    {
        key[0] = NerTagger.TransitionKey(previous);
        transitions.Update(key, next, delta);
        if (previous < 0)
        {
            start[next] += delta;
        }
        else
        {
            lattice.Set(previous, next, lattice.Score(previous, next) + delta);
        }
    }
}
