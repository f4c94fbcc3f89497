using System.Globalization;
using System.Text.Json;
using Nexus.Text;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Evaluation;
using Nexus.Text.Models.Ner;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus eval DATASET --format re3d|conll|conllu [--output table|json] [--models DIR] [--pipeline] [--fold-models DIR]</c>:
/// scores the shipped (or given) models on a dataset they did not train on; with <c>--pipeline</c>, the
/// mentions the whole extraction leaves (lists, rules and recogniser together) on a re3d folder.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A file or folder: a re3d folder, a CoNLL NER file or a CoNLL-U treebank." };
        var format = new Option<string>("--format") { Description = "Dataset layout: re3d, conll or conllu.", Required = true };
        format.AcceptOnlyFromAmong("re3d", "conll", "conllu");
        var output = new Option<string>("--output") { Description = "table for people, json for scripts.", DefaultValueFactory = _ => "table" };
        output.AcceptOnlyFromAmong("table", "json");
        var models = new Option<string?>("--models") { Description = "Folder of model files to evaluate instead of the embedded ones." };
        var pipeline = new Option<bool>("--pipeline")
        {
            Description = "re3d only: score the mentions the whole extraction outputs (lists, rules and recogniser reconciled), not the recogniser alone.",
        };
        var foldModels = new Option<string?>("--fold-models")
        {
            Description = "re3d only: a folder with one model folder per re3d source folder, its recogniser trained without it (nexus train ner --hold-out SOURCE): each source is read with its own (leave-one-source-out).",
        };
        var command = new Command("eval", "Score the models on a dataset: POS accuracy and UAS/LAS (conllu), entity precision/recall/F1 (re3d, conll).");
        command.Arguments.Add(dataset);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(models);
        command.Options.Add(pipeline);
        command.Options.Add(foldModels);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(dataset)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"No such file or folder: '{path}'.");
                return Task.FromResult(ExitCodes.Usage);
            }
            var catalog = new ModelCatalog(parseResult.GetValue(models));
            var json = parseResult.GetValue(output) == "json";
            var formatName = parseResult.GetValue(format);
            if (formatName == "conllu")
            {
                var sentences = ConlluReader.ReadFile(path).ToList();
                var pos = PosEvaluator.Evaluate(catalog.Pos, sentences, cancellationToken);
                var parser = ParserEvaluator.Evaluate(catalog.Parser, catalog.Pos, sentences, cancellationToken);
                var goldTags = ParserEvaluator.Evaluate(catalog.Parser, null, sentences, cancellationToken);
                if (json)
                {
                    Console.WriteLine(JsonSerializer.Serialize(
                        new { words = pos.Words, pos = new { accuracy = pos.Accuracy }, parser = new { uas = parser.Uas, las = parser.Las, goldTagsUas = goldTags.Uas, goldTagsLas = goldTags.Las } },
                        new JsonSerializerOptions { WriteIndented = true }));
                }
                else
                {
                    var table = new Table().AddColumns("measure", "value");
                    table.AddRow("words", pos.Words.ToString(CultureInfo.InvariantCulture));
                    table.AddRow("POS accuracy (UPOS)", pos.Accuracy.ToString("F4", CultureInfo.InvariantCulture));
                    table.AddRow("UAS (predicted tags)", parser.Uas.ToString("F4", CultureInfo.InvariantCulture));
                    table.AddRow("LAS (predicted tags)", parser.Las.ToString("F4", CultureInfo.InvariantCulture));
                    table.AddRow("UAS (gold tags)", goldTags.Uas.ToString("F4", CultureInfo.InvariantCulture));
                    table.AddRow("LAS (gold tags)", goldTags.Las.ToString("F4", CultureInfo.InvariantCulture));
                    AnsiConsole.Write(table);
                }
                return Task.FromResult(ExitCodes.Ok);
            }
            var folds = parseResult.GetValue(foldModels);
            if (formatName != "re3d" && (parseResult.GetValue(pipeline) || folds is not null))
            {
                Console.Error.WriteLine("--pipeline and --fold-models apply to --format re3d only.");
                return Task.FromResult(ExitCodes.Usage);
            }
            EntityScorer scorer;
            EntityScorer? withoutPronouns = null;
            if (formatName == "re3d")
            {
                var documents = Re3dReader.ReadAll(path);
                if (parseResult.GetValue(pipeline))
                {
                    var gazetteer = new GazetteerMatcher(CliOptions.Runtime.References.Gazetteer);
                    var pipelines = new Re3dFoldPipelines(m => TextPipelines.Default(gazetteer, m), catalog, folds);
                    (scorer, withoutPronouns) = NerEvaluator.EvaluateRe3dPipeline(pipelines.For, documents, cancellationToken);
                }
                else
                {
                    scorer = new EntityScorer();
                    foreach (var source in documents.GroupBy(d => d.Source))
                    {
                        var tagger = folds is null ? catalog.Ner : new ModelCatalog(Path.Combine(folds, source.Key)).Ner;
                        scorer.Merge(NerEvaluator.EvaluateRe3d(tagger, source, cancellationToken));
                    }
                }
            }
            else
            {
                scorer = NerEvaluator.EvaluateTokens(catalog.Ner, ConllNerReader.ReadFile(path, "conll", EntityLabels.FromConll), cancellationToken);
            }
            var title = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
            if (json)
            {
                var scorers = new Dictionary<string, EntityScorer> { ["entities"] = scorer };
                if (withoutPronouns is not null)
                {
                    scorers["entities_without_pronoun_gold"] = withoutPronouns;
                }
                Console.WriteLine(ScoreTable.Json(scorers));
            }
            else
            {
                ScoreTable.Write(title, scorer);
                if (withoutPronouns is not null)
                {
                    ScoreTable.Write(title + ", pronoun gold left out (\"We\", \"I\", \"our\": no mention by design)", withoutPronouns);
                }
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
