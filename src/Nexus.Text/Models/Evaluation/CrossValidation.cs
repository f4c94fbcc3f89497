using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Models.Evaluation;

/// <summary>
/// Honest NER scores for the training recipe: re3d leave-one-source-out (train on everything but
/// one re3d source folder, score that folder) and wikigold k-fold (train on everything but one
/// fold of wikigold documents, score that fold).
/// </summary>
public static class CrossValidation
{
    public const int WikigoldFolds = 5;

    public static EntityScorer Re3dLeaveOneSourceOut(NerCorpus corpus, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var total = new EntityScorer();
        foreach (var source in corpus.Re3d.Select(d => d.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var heldOut = "re3d/" + source;
            var tagger = NerTrainer.Train(corpus.TrainingSentences(d => d.Corpus != heldOut), ModelTrainer.NerLabels, options, progress, cancellationToken);
            total.Merge(NerEvaluator.EvaluateRe3d(tagger, corpus.Re3d.Where(d => d.Source == source), cancellationToken));
        }
        return total;
    }

    public static EntityScorer WikigoldKFold(NerCorpus corpus, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var total = new EntityScorer();
        var documents = corpus.Wikigold;
        for (var fold = 0; fold < WikigoldFolds; fold++)
        {
            var start = documents.Length * fold / WikigoldFolds;
            var end = documents.Length * (fold + 1) / WikigoldFolds;
            var heldOut = documents[start..end].Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var tagger = NerTrainer.Train(corpus.TrainingSentences(d => !heldOut.Contains(d.Id)), ModelTrainer.NerLabels, options, progress, cancellationToken);
            total.Merge(NerEvaluator.EvaluateTokens(tagger, documents[start..end], cancellationToken));
        }
        return total;
    }
}
