using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Nexus.Text.Models;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Evaluation;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus eval DATASET --format re3d|conll|conllu [--output table|json] [--models DIR]</c>:
/// scores the shipped (or given) models on a dataset they did not train on.
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
        var command = new Command("eval", "Score the models on a dataset: POS accuracy and UAS/LAS (conllu), entity precision/recall/F1 (re3d, conll).");
        command.Arguments.Add(dataset);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(models);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(dataset)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"No such file or folder: '{path}'.");
                return Task.FromResult(2);
            }
            var catalog = new ModelCatalog(parseResult.GetValue(models));
            var results = new Dictionary<string, object>(StringComparer.Ordinal);
            switch (parseResult.GetValue(format))
            {
                case "conllu":
                    var sentences = ConlluReader.ReadFile(path).ToList();
                    results["pos"] = PosEvaluator.Evaluate(catalog.Pos, sentences, cancellationToken);
                    results["parser"] = ParserEvaluator.Evaluate(catalog.Parser, catalog.Pos, sentences, cancellationToken);
                    break;
            }
            if (parseResult.GetValue(output) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                foreach (var (name, result) in results)
                {
                    AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result}"));
                }
            }
            return Task.FromResult(0);
        });
        return command;
    }
}
