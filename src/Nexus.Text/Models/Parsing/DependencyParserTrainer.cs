using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Features;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// Trains a <see cref="DependencyParser"/> with the dynamic oracle of Goldberg and Nivre (2012):
/// every transition is scored by how many gold arcs it makes unreachable, the model is updated
/// towards the best zero-cost transition, and from the second pass on it mostly follows its own
/// choices, so it learns to recover from its mistakes. Non-projective training trees are skipped.
/// </summary>
public static class DependencyParserTrainer
{
    private const double Exploration = 0.9;

    /// <summary>
    /// Trains on gold trees; <c>tags</c> and <c>fineTags</c> give the UPOS and Penn Treebank tags to
    /// train on for each sentence (ideally predicted, jackknifed); <c>pennTagger</c> is shipped inside
    /// the parser to predict the fine tags at run time.
    /// </summary>
    internal static DependencyParser Train(
        IReadOnlyList<ConlluSentence> sentences,
        IReadOnlyList<IReadOnlyList<string>> tags,
        IReadOnlyList<IReadOnlyList<string>> fineTags,
        IReadOnlyList<ulong[]> classes,
        PennTagger pennTagger,
        TrainingOptions options,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var relations = sentences.SelectMany(s => s.Words).Select(w => w.Relation).Append(DependencyParser.FallbackLabel)
            .Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var relationIndex = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var examples = new List<Example>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var heads = sentence.Words.Select(w => w.Head - 1).ToArray();
            if (!Projectivity.IsProjective(heads) || heads.Count(h => h < 0) != 1)
            {
                continue;
            }
            var keys = new TokenKeys[sentence.Words.Length + 1];
            var tagKeys = new ulong[sentence.Words.Length + 1];
            DependencyParser.Prepare(sentence.Forms, tags[s], keys, tagKeys);
            var fineKeys = new ulong[sentence.Words.Length + 1];
            DependencyParser.Prepare(sentence.Forms, fineTags[s], keys, fineKeys);
            examples.Add(new Example(keys, tagKeys, fineKeys, classes[s], [0, .. sentence.Words.Select(w => w.Head)], [-1, .. sentence.Words.Select(w => relationIndex[w.Relation])]));
        }
        var actions = new PerceptronWeights(ArcEagerState.ActionCount);
        var labels = new PerceptronWeights(relations.Length);
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        var labelFeatures = new ulong[LabelFeatures.Count];
        var scores = new float[ArcEagerState.ActionCount];
        var labelScores = new float[relations.Length];
        var costs = new int[ArcEagerState.ActionCount];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffler.Shuffle(examples, random);
            long correct = 0, total = 0;
            foreach (var example in examples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var state = new ArcEagerState(example.Keys.Length - 1);
                while (!state.IsTerminal)
                {
                    var n = ParserFeatures.All(state, example.Sentence, features);
                    Array.Clear(scores);
                    actions.AddScores(features[..n], scores);
                    var predicted = DependencyParser.BestValid(state, scores);
                    Costs(state, example.Heads, costs);
                    var oracle = -1;
                    for (var a = 0; a < ArcEagerState.ActionCount; a++)
                    {
                        if (state.IsValid(a) && costs[a] == 0 && (oracle < 0 || scores[a] > scores[oracle]))
                        {
                            oracle = a;
                        }
                    }
                    if (oracle < 0)
                    {
                        oracle = predicted;
                    }
                    total++;
                    if (costs[predicted] > 0)
                    {
                        actions.Update(features[..n], oracle, 1);
                        actions.Update(features[..n], predicted, -1);
                    }
                    else
                    {
                        correct++;
                    }
                    actions.Tick();
                    var next = costs[predicted] == 0 || (epoch > 1 && random.NextDouble() < Exploration) ? predicted : oracle;
                    var label = -1;
                    if (next is ArcEagerState.LeftArc or ArcEagerState.RightArc)
                    {
                        var (head, dependent) = next == ArcEagerState.LeftArc ? (state.Buffer, state.Stack(0)) : (state.Stack(0), state.Buffer);
                        var count = LabelFeatures.Extract(state, next, example.Sentence, labelFeatures);
                        Array.Clear(labelScores);
                        labels.AddScores(labelFeatures.AsSpan(0, count), labelScores);
                        label = Pos.PosTagger.ArgMax(labelScores);
                        if (example.Heads[dependent] == head)
                        {
                            var gold = example.Labels[dependent];
                            if (label != gold)
                            {
                                labels.Update(labelFeatures.AsSpan(0, count), gold, 1);
                                labels.Update(labelFeatures.AsSpan(0, count), label, -1);
                                label = gold;
                            }
                            labels.Tick();
                        }
                    }
                    state.Apply(next, label);
                }
            }
            progress?.Report(new TrainingProgress("parser", epoch, options.Epochs, (double)correct / total));
        }
        return new DependencyParser(relations, pennTagger, actions.Freeze(options.Prune), labels.Freeze(options.Prune));
    }

    /// <summary>
    /// The arc-eager dynamic oracle: for each transition, how many gold arcs still reachable it
    /// would make unreachable. <paramref name="gold"/> holds gold head positions (0 = root).
    /// </summary>
    internal static void Costs(ArcEagerState state, int[] gold, int[] costs)
    {
        var s = state.Stack(0);
        var b = state.IsTerminal ? -1 : state.Buffer;
        Array.Fill(costs, 0);
        if (b < 0)
        {
            return;
        }
        var words = state.Words;
        // Dependents of s waiting in the buffer, and whether s's own head is still ahead.
        var sDependentsInBuffer = 0;
        var bDependentsInStack = 0;
        for (var k = b; k <= words; k++)
        {
            if (s > 0 && gold[k] == s)
            {
                sDependentsInBuffer++;
            }
        }
        for (var i = 0; i < state.StackCount; i++)
        {
            var k = state.Stack(i);
            if (k > 0 && gold[k] == b && state.Heads[k] < 0)
            {
                bDependentsInStack++;
            }
        }
        var bHeadInStack = state.InStack(gold[b]);
        var bHeadInBuffer = gold[b] > b;
        var sHeadInBuffer = s > 0 && gold[s] > b;

        costs[ArcEagerState.Shift] = bDependentsInStack + (bHeadInStack ? 1 : 0);
        costs[ArcEagerState.Reduce] = sDependentsInBuffer;
        costs[ArcEagerState.LeftArc] = sDependentsInBuffer + (sHeadInBuffer ? 1 : 0);
        costs[ArcEagerState.RightArc] = bDependentsInStack + ((bHeadInStack && gold[b] != s) || bHeadInBuffer ? 1 : 0);
    }

    private sealed record Example(TokenKeys[] Keys, ulong[] Tags, ulong[] Fine, ulong[] Classes, int[] Heads, int[] Labels)
    {
        public SentenceKeys Sentence => new(Keys, Tags, Fine, Classes);
    }
}
