using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Models;
using Nexus.Text.Models.Training;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Claims.Learned;

/// <summary>
/// Trains the learned relation reader on re3d: each document is read by the pipeline up to the parser with
/// re3d's own entities as mentions (<see cref="RelationEvaluator.WithGoldMentions"/>), every pair of people,
/// organisations and places in a sentence is an example, labelled with the relations re3d gives it (confidence
/// ≥ 0.5, the scored types, either direction; "none" when it gives none). The model is a softmax regression
/// fitted by stochastic gradient descent with AdaGrad steps and an L2 penalty, the examples shuffled by a fixed
/// seed: deterministic, so the same data gives the same bytes.
/// </summary>
public static class RelationTrainer
{
    /// <summary>Passes over the examples.</summary>
    public const int Epochs = 15;

    // Chosen by the relation F1 of the tuned source folders (CENTCOM, US State Department) read by models trained without them.
    private const float LearningRate = 0.03f;
    private const float Ridge = 1e-4f;

    /// <summary>
    /// The lowest probability of a relation class that yields a claim: thresholds from 0.2 to 0.35 gave the same F1 on the tuned
    /// folders, the highest the fewest wrong claims.
    /// </summary>
    public const double Threshold = 0.35;

    /// <summary>Reads <paramref name="texts"/> with <paramref name="pipeline"/> (re3d's entities as mentions) and fits a model.</summary>
    public static RelationModel Train(
        IReadOnlyList<Re3dText> texts, ExtractionPipeline pipeline, TrainingOptions options, string provenance,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var examples = new List<RelationExample>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = pipeline.Run(Document.Create(text.Text, new DocumentMetadata { Title = text.Title, Source = text.Folder }), cancellationToken);
            examples.AddRange(Examples(text, document));
        }
        var positives = examples.Count(e => e.Labels[0] != 0);
        return Fit(examples, options, $"{provenance}; {texts.Count} documents, {examples.Count} mention pairs, {positives} with a relation", progress, cancellationToken);
    }

    /// <summary>The labelled pairs of one document read with re3d's entities as its mentions.</summary>
    internal static IEnumerable<RelationExample> Examples(Re3dText text, AnnotatedDocument document)
    {
        var gold = RelationEvaluator.Gold(text).ToList();
        var mentions = new DocumentMentions(document);
        (Mention, Mention)? alliance = null;
        foreach (var sentence in document.Sentences)
        {
            var view = new SentenceView(document, sentence, mentions);
            var tree = new ParseTree(view);
            var patterns = RelationPatterns.Read(view, tree, alliance);
            alliance = RelationPatterns.LastAlliance(patterns) ?? alliance;
            var arguments = LearnedRelations.Arguments(view);
            for (var a = 0; a < arguments.Count; a++)
            {
                for (var b = a + 1; b < arguments.Count; b++)
                {
                    var (first, second) = (arguments[a], arguments[b]);
                    if (first.EntityKey is not null && first.EntityKey == second.EntityKey)
                    {
                        continue;
                    }
                    var labels = gold
                        .Select(g => g.Source.Overlaps(first.Span) && g.Target.Overlaps(second.Span) ? RelationLabels.Of(g.Type, forward: true)
                            : g.Source.Overlaps(second.Span) && g.Target.Overlaps(first.Span) ? RelationLabels.Of(g.Type, forward: false)
                            : 0)
                        .Where(l => l > 0)
                        .Distinct()
                        .Order()
                        .ToArray();
                    yield return new RelationExample(PairFeatures.Of(view, tree, first, second, patterns), labels.Length > 0 ? labels : [0]);
                }
            }
        }
    }

    internal static RelationModel Fit(List<RelationExample> examples, TrainingOptions options, string provenance, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var classes = RelationLabels.All.Length;
        var rows = new Dictionary<ulong, int>();
        foreach (var feature in examples.SelectMany(e => e.Features))
        {
            rows.TryAdd(feature, rows.Count);
        }
        var weights = new float[rows.Count * classes];
        var squares = new float[rows.Count * classes];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[classes];
        var gradient = new float[classes];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var right = 0;
            foreach (var index in order)
            {
                var example = examples[index];
                Array.Clear(scores);
                foreach (var feature in example.Features)
                {
                    var row = rows[feature] * classes;
                    for (var c = 0; c < classes; c++)
                    {
                        scores[c] += weights[row + c];
                    }
                }
                RelationModel.Softmax(scores);
                right += example.Labels.Contains(Array.IndexOf(scores, scores.Max())) ? 1 : 0;
                for (var c = 0; c < classes; c++)
                {
                    gradient[c] = scores[c] - (example.Labels.Contains(c) ? 1f / example.Labels.Length : 0f);
                }
                foreach (var feature in example.Features)
                {
                    var row = rows[feature] * classes;
                    for (var c = 0; c < classes; c++)
                    {
                        var g = gradient[c] + Ridge * weights[row + c];
                        squares[row + c] += g * g;
                        weights[row + c] -= LearningRate * g / (MathF.Sqrt(squares[row + c]) + 1e-6f);
                    }
                }
            }
            progress?.Report(new TrainingProgress("relations", epoch, options.Epochs, (double)right / Math.Max(1, examples.Count)));
        }
        var builder = new LinearModel.Builder(classes, options.Prune);
        foreach (var (key, row) in rows.OrderBy(r => r.Key))
        {
            builder.Add(key, weights.AsSpan(row * classes, classes));
        }
        return new RelationModel(builder.Build(), Threshold, provenance);
    }
}
