using System.Globalization;
using Nexus.Cli.Output;
using Nexus.Text;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus eval-claims re3d DIR [--mentions predicted|gold] [--folders A,B] [--threshold 0.5] [--models embedded|none|DIR] [--format table|json] [--outcomes FILE]</c>:
/// scores claim extraction against re3d relations, per type, overall and per source folder.
/// </summary>
internal static class EvalClaimsCommand
{
    public static Command Create()
    {
        var command = new Command("eval-claims", "Score claim extraction: relations against re3d.");
        command.Subcommands.Add(Re3d());
        return command;
    }

    private static Command Re3d()
    {
        var dataset = new Argument<string>("dataset") { Description = "A re3d folder (its source folders, or one of them)." };
        var mentions = new Option<string>("--mentions")
        {
            Description = "predicted: the whole pipeline (end to end); gold: re3d's entities in place of mention selection.",
            DefaultValueFactory = _ => "predicted",
        };
        mentions.AcceptOnlyFromAmong("predicted", "gold");
        var folders = new Option<string[]>("--folders") { Description = "Only these source folders (names as on disk).", AllowMultipleArgumentsPerToken = true };
        var threshold = new Option<double>("--threshold") { Description = "Lowest claim confidence that counts.", DefaultValueFactory = _ => 0.5 };
        var outcomes = new Option<string?>("--outcomes") { Description = "Write every match, spurious and missed relation to this TSV file." };
        var models = new Option<string>("--models")
        {
            Description = "embedded: the product's pipeline with the trained tagger, recogniser and parser; none: rules and lists only; else a folder of model files.",
            DefaultValueFactory = _ => "embedded",
        };
        var format = CliOptions.Format();
        var command = new Command("re3d", "Relation precision, recall and F1 per mapped re3d type (lenient argument match).")
        {
            dataset, mentions, folders, threshold, outcomes, models, format,
        };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(dataset)!;
            if (!Directory.Exists(path))
            {
                Printer.Error($"No such folder: '{path}'.");
                return Task.FromResult(ExitCodes.Usage);
            }
            var texts = Re3dRelationCorpus.Read(path);
            if (parse.GetValue(folders) is { Length: > 0 } chosen)
            {
                texts = [.. texts.Where(t => chosen.Contains(t.Folder, StringComparer.OrdinalIgnoreCase))];
                if (texts.IsEmpty)
                {
                    Printer.Error($"No re3d documents in the folders {string.Join(", ", chosen)}.");
                    return Task.FromResult(ExitCodes.Usage);
                }
            }
            var catalog = parse.GetValue(models) switch
            {
                "none" => null,
                "embedded" => new ModelCatalog(),
                var folder => new ModelCatalog(folder),
            };
            var builder = TextPipelines.Default(new GazetteerMatcher(CliOptions.Runtime.References.Gazetteer), catalog);
            var gold = parse.GetValue(mentions) == "gold";
            var pipeline = (gold ? RelationEvaluator.WithGoldMentions(builder, texts) : builder).Build();
            var result = RelationEvaluator.Evaluate(pipeline, texts, parse.GetValue(threshold), ct);
            if (parse.GetValue(outcomes) is { } file)
            {
                File.WriteAllLines(file, result.Outcomes.Select(o => string.Join('\t',
                    o.Verdict, o.Type, o.Folder, o.DocumentId, o.Source, o.Predicate?.ToString() ?? "", o.Target, Flat(o.Evidence),
                    o.Exclusion ?? "in scope", o.Pattern ?? "")));
            }
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(new
                {
                    dataset = Path.GetFileName(Path.TrimEndingDirectorySeparator(path)),
                    mentions = gold ? "gold" : "predicted",
                    threshold = parse.GetValue(threshold),
                    documents = result.Documents,
                    overall = Row(result.Overall),
                    types = result.ByType.Select(Row),
                    folders = result.ByFolder.Select(Row),
                    inScope = new
                    {
                        overall = Row(result.InScopeOverall),
                        types = result.InScopeByType.Select(Row),
                        folders = result.InScopeByFolder.Select(Row),
                    },
                });
            }
            else
            {
                Printer.Out.MarkupLine(Markup.Escape($"{result.Documents} documents, {(gold ? "gold" : "predicted")} mentions, confidence ≥ {parse.GetValue(threshold).ToString(CultureInfo.InvariantCulture)}"));
                Printer.Out.MarkupLine("All mapped relations:");
                Printer.Out.Write(Table("type", [.. result.ByType, result.Overall]));
                Printer.Out.Write(Table("source folder", result.ByFolder));
                Printer.Out.MarkupLine("In scope (arguments Nexus can link: no pronouns, weapons or vehicles; a predicate fits the types):");
                Printer.Out.Write(Table("type", [.. result.InScopeByType, result.InScopeOverall]));
                Printer.Out.Write(Table("source folder", result.InScopeByFolder));
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static object Row(RelationScore s) => new
    {
        name = s.Type, gold = s.Gold, predicted = s.Predicted, correct = s.TruePositives,
        precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
    };

    private static Table Table(string first, IEnumerable<RelationScore> rows)
    {
        var table = new Table().AddColumns(first, "gold", "predicted", "correct", "P", "R", "F1");
        foreach (var s in rows)
        {
            table.AddRow(Markup.Escape(s.Type), Number(s.Gold), Number(s.Predicted), Number(s.TruePositives), Ratio(s.Precision), Ratio(s.Recall), Ratio(s.F1));
        }
        return table;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double r) => r.ToString("F3", CultureInfo.InvariantCulture);

    private static string Flat(string text) => text.Replace('\n', ' ').Replace('\t', ' ');
}
