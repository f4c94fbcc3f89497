using Nexus.Text.Models.Corpora;
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

    /// <summary>
    /// Trains one model per re3d source folder without it and scores it on that folder; with
    /// <paramref name="foldModels"/>, saves each as <c>SOURCE/ner.nxm</c> there (what <c>nexus eval --fold-models</c> reads).
    /// </summary>
    public static EntityScorer Re3dLeaveOneSourceOut(
        NerCorpus corpus, TrainingOptions options, IProgress<TrainingProgress>? progress, Action<string, EntityScorer>? foldDone, string? foldModels, CancellationToken cancellationToken)
    {
        var total = new EntityScorer();
        foreach (var source in corpus.Re3d.Select(d => d.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var tagger = ModelTrainer.TrainNerWithout(corpus, source, options, progress, cancellationToken);
            if (foldModels is not null)
            {
                Directory.CreateDirectory(Path.Combine(foldModels, source));
                using var file = File.Create(Path.Combine(foldModels, source, ModelCatalog.NerFile));
                tagger.Save(file);
            }
            var fold = NerEvaluator.EvaluateRe3d(tagger, corpus.Re3d.Where(d => d.Source == source), cancellationToken);
            foldDone?.Invoke("re3d/" + source, fold);
            total.Merge(fold);
        }
        return total;
    }

    public static EntityScorer WikigoldKFold(NerCorpus corpus, TrainingOptions options, IProgress<TrainingProgress>? progress, Action<string, EntityScorer>? foldDone, CancellationToken cancellationToken)
    {
        var total = new EntityScorer();
        var documents = corpus.Wikigold;
        for (var fold = 0; fold < WikigoldFolds; fold++)
        {
            var start = documents.Length * fold / WikigoldFolds;
            var end = documents.Length * (fold + 1) / WikigoldFolds;
            var heldOut = documents[start..end].Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            // Scored in wikigold's own convention: the recipe is the same, the decoding domain is the held-out corpus's.
            var tagger = ModelTrainer.TrainNer(corpus, d => !heldOut.Contains(d.Id), "wikigold", options, progress, cancellationToken);
            var scores = NerEvaluator.EvaluateTokens(tagger, documents[start..end], cancellationToken);
            foldDone?.Invoke($"wikigold fold {fold + 1}", scores);
            total.Merge(scores);
        }
        return total;
    }
}
