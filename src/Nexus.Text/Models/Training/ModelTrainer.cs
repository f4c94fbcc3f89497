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
    /// The parser: EWT train and the GUM train split, with UPOS tags predicted by taggers trained on the other folds
    /// (jackknifing), so it learns from the same kind of tags it will see in the product; its Penn tagger is
    /// jackknifed the same way over those predicted tags. Folds train two at a time (each is independent, so the
    /// result does not depend on the order they finish in).
    /// </summary>
    public static DependencyParser TrainParser(SharedCorpora corpora, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var sentences = corpora.Ewt("train").Concat(corpora.Gum("train").Select(p => p.Sentence)).ToList();
        var pennTags = PennTaggerTrainer.TagSet(sentences);
        var tags = new IReadOnlyList<string>[sentences.Count];
        var fine = new IReadOnlyList<string>[sentences.Count];
        var classes = new ulong[sentences.Count][];
        var taggerOptions = new TrainingOptions { Seed = options.Seed };
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken };
        Parallel.For(0, JackknifeFolds, parallel, fold =>
        {
            var (start, end) = Fold(sentences.Count, fold);
            var tagger = PosTaggerTrainer.Train([.. sentences.Take(start).Concat(sentences.Skip(end))], taggerOptions, null, cancellationToken);
            for (var i = start; i < end; i++)
            {
                tags[i] = tagger.Tag(sentences[i].Forms);
            }
        });
        progress?.Report(new TrainingProgress("parser:jackknife", 1, 2, 0));
        Parallel.For(0, JackknifeFolds, parallel, fold =>
        {
            var (start, end) = Fold(sentences.Count, fold);
            var others = Enumerable.Range(0, sentences.Count).Where(i => i < start || i >= end).ToList();
            var penn = PennTaggerTrainer.Train([.. others.Select(i => sentences[i])], [.. others.Select(i => tags[i])], pennTags, options.Seed, cancellationToken);
            for (var i = start; i < end; i++)
            {
                (fine[i], classes[i]) = penn.Tag(sentences[i].Forms, tags[i]);
            }
        });
        progress?.Report(new TrainingProgress("parser:jackknife", 2, 2, 0));
        var shippedPenn = PennTaggerTrainer.Train(sentences, tags, pennTags, options.Seed, cancellationToken);
        return DependencyParserTrainer.Train(sentences, tags, fine, classes, shippedPenn, options with { Prune = ParserPrune }, progress, cancellationToken);
    }

    private static (int Start, int End) Fold(int count, int fold) => (count * fold / JackknifeFolds, count * (fold + 1) / JackknifeFolds);

    /// <summary>
    /// The parser keeps only weights of at least this size: on EWT test this halves its memory and
    /// nearly doubles its speed for 0.1 point of UAS (measured by pruning one model at 0.5, 1, 2, 4).
    /// </summary>
    public const float ParserPrune = 1f;

    /// <summary>Training passes of each model, chosen on EWT dev / re3d folds and fixed so runs are reproducible.</summary>
    public static int DefaultEpochs(string model) => model switch
    {
        "parser" => 12,
        "ner" => 6,
        _ => 10,
    };

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
    /// confidence ≥ 0.5), wikigold, a quarter of GMB and the GUM train split, each mapped onto <see cref="NerLabels"/>,
    /// the name lists of <see cref="NerGazetteerSources"/> and the given word clusters (see <see cref="TrainClusters"/>).
    /// </summary>
    public static NerCorpus LoadNerCorpus(SharedCorpora corpora, WordClusters clusters) => new(
        [.. Re3dReader.ReadAll(corpora.Re3dFolder)],
        ConllNerReader.ReadFile(corpora.WikigoldFile, "wikigold", EntityLabels.FromConll),
        [.. GmbReader.ReadFile(corpora.GmbFile, EntityLabels.FromGmb).Where((_, i) => i % GmbSampling == 0)],
        GumNerDocuments(corpora, "train"),
        new NerLexicon(NerGazetteerSources.Load(corpora), clusters));

    /// <summary>Brown clusters the NER model reads: this many clusters…</summary>
    public const int ClusterCount = 256;

    /// <summary>…of the words seen at least this often…</summary>
    public const int ClusterMinCount = 3;

    /// <summary>
    /// …in all of GMB's text (public-domain Voice of America news, 1.05 M tokens, the nearest to re3d's
    /// domain of the open text at hand; no text of re3d or wikigold, which the model is scored on).
    /// </summary>
    public static IReadOnlyList<(string Word, string Path, int Count)> TrainClusters(SharedCorpora corpora, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
        BrownClustering.Cluster(
            GmbReader.ReadFile(corpora.GmbFile, EntityLabels.FromGmb).SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Words),
            ClusterCount, ClusterMinCount, progress, cancellationToken);

    /// <summary>The GUM documents of one split with their person/organisation/place mentions, flattened.</summary>
    public static ImmutableArray<NerDocument> GumNerDocuments(SharedCorpora corpora, string split) =>
        [.. corpora.Gum(split).GroupBy(p => p.Document).Select(g => new NerDocument(
            g.Key, "gum", [.. g.Select(p => GumEntities.ToNerSentence(p.Sentence, EntityLabels.FromGum))]))];

    /// <summary>The shipped NER model: trained on everything in <paramref name="corpus"/>.</summary>
    public static NerTagger TrainNer(NerCorpus corpus, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
        TrainNer(corpus, _ => true, NerDomain, options, progress, cancellationToken);

    /// <summary>
    /// The NER recipe on the documents <paramref name="include"/> keeps, decoding in <paramref name="domain"/>'s
    /// convention, with <see cref="NerPrune"/>.
    /// </summary>
    public static NerTagger TrainNer(NerCorpus corpus, Func<NerDocument, bool> include, string domain, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
        NerTrainer.Train(corpus.TrainingSentences(include), NerLabels, domain, corpus.Lexicon, options with { Prune = NerPrune }, progress, cancellationToken);

    /// <summary>
    /// The recogniser keeps only weights of at least this size: on re3d leave-one-source-out this
    /// halves its table (12.7 → 6.4 MB) for 0.001 of exact F1 and none of lenient F1, and the smaller
    /// table is faster to probe (measured by pruning the fold models at 0.001, 0.3, 1 and 2).
    /// </summary>
    public const float NerPrune = 1f;

    /// <summary>
    /// The shipped recipe without one re3d source folder ("UK Government"): the model that folder is scored
    /// with in leave-one-source-out evaluation, since the shipped model has read every re3d document.
    /// </summary>
    public static NerTagger TrainNerWithout(NerCorpus corpus, string re3dSource, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
        TrainNer(corpus, d => d.Corpus != "re3d/" + re3dSource, NerDomain, options, progress, cancellationToken);

    /// <summary>The annotation convention the shipped NER model decodes in: re3d's, the defence and security domain.</summary>
    public const string NerDomain = "re3d";
}
