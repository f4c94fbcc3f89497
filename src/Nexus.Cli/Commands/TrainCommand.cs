using System.Diagnostics;
using System.Globalization;
using Nexus.Text;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Claims.Learned;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Evaluation;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Training;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus train ner|pos|parser|relations|clusters|calibration --data ../shared/data [--out models/] [--clusters FILE] [--hold-out SOURCE] [--fold-models DIR]</c>.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("model") { Description = "Which model to train: pos, ner, parser, relations (the claim stage's learned relation reader), the word clusters the recogniser reads, or the claim confidence calibration." };
        model.AcceptOnlyFromAmong("pos", "ner", "parser", "relations", "clusters", "calibration");
        var data = new Option<string>("--data") { Description = "The training data folder, laid out like ../shared/data.", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Folder the model file is written to.", DefaultValueFactory = _ => "models" };
        var epochs = new Option<int?>("--epochs") { Description = "Training passes (default: the model's own)." };
        var nerCorpora = new Option<string[]>("--corpora") { Description = "NER only: the corpora to learn from (re3d, wikigold, gmb, gum); default all.", AllowMultipleArgumentsPerToken = true };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "NER only: also score the recipe by re3d leave-one-source-out and wikigold 5-fold (trains 10 extra models)." };
        var foldModels = new Option<string?>("--fold-models")
        {
            Description = "Calibration: a folder with one model folder per re3d source folder, its recogniser and relation reader trained without it (nexus train ner|relations --hold-out SOURCE --out DIR/SOURCE). "
                + "NER with --cross-validate: where to save those leave-one-source-out models.",
        };
        var gold = new Option<string[]>("--gold")
        {
            Description = "Calibration only: the holder and modality golds whose verdicts label claims (default: all four); each is also a fold of the leave-one-gold-out comparison.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ =>
            [
                "tests/Nexus.Text.Tests/Claims/Gold/re3d-attribution.tsv", "tests/Nexus.Text.Tests/Claims/Gold/re3d-attribution-blind.tsv",
                "tests/Nexus.Text.Tests/Claims/Gold/re3d-attribution-blind-3.tsv", "tests/Nexus.Text.Tests/Claims/Gold/re3d-attribution-blind-4.tsv",
            ],
        };
        var claims = new Option<string?>("--claims") { Description = "Calibration only: write every labelled claim, its features and confidences to this TSV file." };
        var clusters = new Option<string>("--clusters")
        {
            Description = "NER only: the word clusters file (nexus train clusters) the recogniser reads.",
            DefaultValueFactory = _ => Path.Combine("models", ClustersFile),
        };
        var holdOut = new Option<string?>("--hold-out") { Description = "NER and relations only: leave this re3d source folder out of training (\"UK Government\"), for leave-one-source-out evaluation." };
        var command = new Command("train", "Train a model from the open corpora; the same data and options give a byte-identical file.");
        command.Arguments.Add(model);
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(crossValidate);
        command.Options.Add(nerCorpora);
        command.Options.Add(clusters);
        command.Options.Add(holdOut);
        command.Options.Add(foldModels);
        command.Options.Add(gold);
        command.Options.Add(claims);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(model)!;
            if (name == "calibration")
            {
                TrainCalibration.Run(
                    parseResult.GetValue(data)!, parseResult.GetValue(foldModels), parseResult.GetValue(gold)!,
                    parseResult.GetValue(output)!, parseResult.GetValue(claims), cancellationToken);
                return Task.FromResult(ExitCodes.Ok);
            }
            var corpora = new SharedCorpora(parseResult.GetValue(data)!);
            var folder = parseResult.GetValue(output)!;
            if (name == "clusters")
            {
                Directory.CreateDirectory(folder);
                var words = ModelTrainer.TrainClusters(corpora, new Progress(p => { }), cancellationToken);
                File.WriteAllLines(Path.Combine(folder, ClustersFile), words.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Path}\t{w.Word}\t{w.Count}")));
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Wrote [bold]{Path.Combine(folder, ClustersFile)}[/] ({words.Count} words in {words.Select(w => w.Path).Distinct().Count()} clusters).");
                return Task.FromResult(ExitCodes.Ok);
            }
            var clustersFile = parseResult.GetValue(clusters)!;
            if (name == "ner" && !File.Exists(clustersFile))
            {
                Console.Error.WriteLine($"No word clusters at '{clustersFile}'; build them with 'nexus train clusters' or pass --clusters.");
                return Task.FromResult(ExitCodes.Usage);
            }
            var options = new TrainingOptions { Epochs = name == "relations" ? RelationTrainer.Epochs : ModelTrainer.DefaultEpochs(name) };
            if (parseResult.GetValue(epochs) is { } passes)
            {
                options = options with { Epochs = passes };
            }
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, name + ".nxm");
            var clock = Stopwatch.StartNew();
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask($"train {name}", maxValue: 1);
                var progress = new Progress(p =>
                {
                    task.Value = (double)p.Epoch / p.Epochs;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Model}: pass {p.Epoch}/{p.Epochs}, training accuracy {p.TrainingAccuracy:P2}");
                });
                // A failed or cancelled run must not leave the previous model truncated.
                using var file = File.Create(path + ".partial");
                switch (name)
                {
                    case "pos":
                        ModelTrainer.TrainPos(corpora, options, progress, cancellationToken).Save(file);
                        break;
                    case "ner":
                        var corpus = ModelTrainer.LoadNerCorpus(corpora, WordClusters.ReadTsv(clustersFile));
                        if (parseResult.GetValue(nerCorpora) is { Length: > 0 } chosen)
                        {
                            corpus = corpus.Only(chosen);
                        }
                        if (parseResult.GetValue(holdOut) is { } source)
                        {
                            if (!corpus.Re3d.Any(d => d.Source == source))
                            {
                                throw new ArgumentException($"No re3d source folder '{source}' to hold out.");
                            }
                            ModelTrainer.TrainNerWithout(corpus, source, options, progress, cancellationToken).Save(file);
                            break;
                        }
                        if (parseResult.GetValue(crossValidate))
                        {
                            var console = new Lock();
                            void FoldDone(string name, EntityScorer scores)
                            {
                                lock (console)
                                {
                                    ScoreTable.Write(name, scores);
                                }
                            }
                            // The two cross-validations share nothing but read-only data: one runs on a second core.
                            var wikigoldRun = Task.Run(() => corpus.Wikigold.IsEmpty ? null : CrossValidation.WikigoldKFold(corpus, options, null, FoldDone, cancellationToken), cancellationToken);
                            var re3d = CrossValidation.Re3dLeaveOneSourceOut(corpus, options, progress, FoldDone, parseResult.GetValue(foldModels), cancellationToken);
                            var report = new Dictionary<string, EntityScorer> { ["re3d"] = re3d };
                            ScoreTable.Write("re3d leave-one-source-out", re3d);
                            if (wikigoldRun.Result is { } wikigold)
                            {
                                ScoreTable.Write("wikigold 5-fold", wikigold);
                                report["wikigold"] = wikigold;
                            }
                            File.WriteAllText(Path.Combine(folder, "ner-cross-validation.json"), ScoreTable.Json(report));
                        }
                        var ner = ModelTrainer.TrainNer(corpus, options, progress, cancellationToken);
                        ner.Save(file);
                        var gum = NerEvaluator.EvaluateTokens(ner, ModelTrainer.GumNerDocuments(corpora, "test"), cancellationToken);
                        ScoreTable.Write("GUM test (held out)", gum);
                        File.WriteAllText(Path.Combine(folder, "ner-gum-test.json"), ScoreTable.Json(new() { ["gum-test"] = gum }));
                        break;
                    case "parser":
                        ModelTrainer.TrainParser(corpora, options, progress, cancellationToken).Save(file);
                        break;
                    case "relations":
                        TrainRelations(corpora, parseResult.GetValue(holdOut), options, progress, cancellationToken).Save(file);
                        break;
                }
            });
            File.Move(path + ".partial", path, overwrite: true);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Wrote [bold]{path}[/] ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0} s.");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>Where <c>nexus train clusters</c> writes the word clusters: "path TAB word TAB count" lines.</summary>
    public const string ClustersFile = "word-clusters.tsv";

    // Every re3d document but the held-out folder's, read up to the parser with re3d's entities as mentions.
    private static RelationModel TrainRelations(SharedCorpora corpora, string? holdOut, TrainingOptions options, IProgress<TrainingProgress> progress, CancellationToken cancellationToken)
    {
        var texts = Re3dRelationCorpus.Read(corpora.Re3dFolder);
        if (holdOut is not null && !texts.Any(t => t.Folder == holdOut))
        {
            throw new ArgumentException($"No re3d source folder '{holdOut}' to hold out.");
        }
        var training = texts.Where(t => t.Folder != holdOut).ToList();
        var gazetteer = new GazetteerMatcher(CliOptions.Runtime.References.Gazetteer);
        var pipeline = RelationEvaluator.WithGoldMentions(TextPipelines.BeforeClaims(gazetteer, new ModelCatalog()), training).Build();
        var provenance = "nexus train relations" + (holdOut is null ? "" : $" --hold-out \"{holdOut}\"")
            + $" (epochs {options.Epochs}, seed {options.Seed}); re3d source folders: {string.Join(", ", training.Select(t => t.Folder).Distinct())}";
        return RelationTrainer.Train(training, pipeline, options, provenance, progress, cancellationToken);
    }

    /// <summary>Reports synchronously: <see cref="Progress{T}"/> would post to the thread pool and lag behind.</summary>
    private sealed class Progress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
