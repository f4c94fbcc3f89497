using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Models.Pos;

namespace Nexus.Text.Models.Training;

/// <summary>The training recipes behind <c>nexus train</c>: which corpora each model learns from.</summary>
public static class ModelTrainer
{
    /// <summary>The tagger: EWT train plus the GUM train split (both gold UPOS).</summary>
    public static PosTagger TrainPos(SharedCorpora corpora, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var sentences = corpora.Ewt("train").Concat(corpora.Gum("train").Select(p => p.Sentence)).ToList();
        return PosTaggerTrainer.Train(sentences, options, progress, cancellationToken);
    }

    /// <summary>Folds of the jackknife that gives the parser realistic (predicted) tags to train on.</summary>
    public const int JackknifeFolds = 5;

    /// <summary>
    /// The parser: EWT train, with UPOS tags predicted by taggers trained on the other folds
    /// (jackknifing), so it learns from the same kind of tags it will see in the product.
    /// </summary>
    public static DependencyParser TrainParser(SharedCorpora corpora, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var sentences = corpora.Ewt("train").ToList();
        var gum = corpora.Gum("train").Select(p => p.Sentence).ToList();
        var tags = new IReadOnlyList<string>[sentences.Count];
        var taggerOptions = new TrainingOptions { Seed = options.Seed };
        for (var fold = 0; fold < JackknifeFolds; fold++)
        {
            var start = sentences.Count * fold / JackknifeFolds;
            var end = sentences.Count * (fold + 1) / JackknifeFolds;
            var training = sentences.Take(start).Concat(sentences.Skip(end)).Concat(gum).ToList();
            var tagger = PosTaggerTrainer.Train(training, taggerOptions, null, cancellationToken);
            for (var i = start; i < end; i++)
            {
                tags[i] = tagger.Tag(sentences[i].Forms);
            }
            progress?.Report(new TrainingProgress("parser:jackknife", fold + 1, JackknifeFolds, 0));
        }
        return DependencyParserTrainer.Train(sentences, tags, options, progress, cancellationToken);
    }

    /// <summary>Every label the NER model predicts, in class order.</summary>
    public static readonly ImmutableArray<string> NerLabels =
    [
        EntityLabels.Person, EntityLabels.Organization, EntityLabels.Location, EntityLabels.Nationality,
        EntityLabels.Weapon, EntityLabels.MilitaryPlatform, EntityLabels.Vehicle, EntityLabels.Money,
        EntityLabels.Quantity, EntityLabels.Temporal, EntityLabels.Document, EntityLabels.Event, EntityLabels.Misc,
    ];

    /// <summary>GMB is silver and 25 times larger than the gold corpora: one pseudo-document in this many is used.</summary>
    public const int GmbSampling = 4;

    /// <summary>
    /// The NER training documents: all of re3d (tokenised with the product tokenizer, gold with
    /// confidence ≥ 0.5), wikigold, a quarter of GMB and the GUM train split, each mapped onto <see cref="NerLabels"/>.
    /// </summary>
    public static NerCorpus LoadNerCorpus(SharedCorpora corpora) => new(
        [.. Re3dReader.ReadAll(corpora.Re3dFolder)],
        ConllNerReader.ReadFile(corpora.WikigoldFile, "wikigold", EntityLabels.FromConll),
        [.. GmbReader.ReadFile(corpora.GmbFile, EntityLabels.FromGmb).Where((_, i) => i % GmbSampling == 0)],
        [.. corpora.Gum("train").GroupBy(p => p.Document).Select(g => new NerDocument(
            g.Key, "gum", [.. g.Select(p => GumEntities.ToNerSentence(p.Sentence, EntityLabels.FromGum))]))]);

    /// <summary>The shipped NER model: trained on everything in <paramref name="corpus"/>.</summary>
    public static NerTagger TrainNer(NerCorpus corpus, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
        NerTrainer.Train(corpus.TrainingSentences(_ => true), NerLabels, options, progress, cancellationToken);
}
