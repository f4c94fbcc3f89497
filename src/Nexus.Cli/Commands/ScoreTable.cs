using System.Globalization;
using System.Text.Json;
using Nexus.Text.Models.Evaluation;
using Nexus.Text.Models.Ner;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>Entity scores as a table for people or JSON for scripts.</summary>
internal static class ScoreTable
{
    public static void Write(string title, EntityScorer scorer)
    {
        var table = new Table { Title = new TableTitle(title) };
        foreach (var column in new[] { "type", "gold", "predicted", "exact P", "exact R", "exact F1", "lenient P", "lenient R", "lenient F1" })
        {
            table.AddColumn(column);
        }
        foreach (var score in Rows(scorer))
        {
            table.AddRow(score.Label, Number(score.Gold), Number(score.Predicted), Ratio(score.ExactPrecision), Ratio(score.ExactRecall),
                Ratio(score.ExactF1), Ratio(score.LenientPrecision), Ratio(score.LenientRecall), Ratio(score.LenientF1));
        }
        AnsiConsole.Write(table);
    }

    public static string Json(Dictionary<string, EntityScorer> scorers) =>
        JsonSerializer.Serialize(scorers.ToDictionary(p => p.Key, p => Rows(p.Value).Select(Row).ToList()), new JsonSerializerOptions { WriteIndented = true });

    public static object Row(SpanScore s) => new
    {
        type = s.Label,
        gold = s.Gold,
        predicted = s.Predicted,
        exact = new { precision = s.ExactPrecision, recall = s.ExactRecall, f1 = s.ExactF1 },
        lenient = new { precision = s.LenientPrecision, recall = s.LenientRecall, f1 = s.LenientF1 },
    };

    /// <summary>Each label, then the micro average over PERSON/ORGANIZATION/LOCATION and over all.</summary>
    public static IEnumerable<SpanScore> Rows(EntityScorer scorer) =>
        scorer.PerLabel
            .Append(scorer.Micro(EntityLabels.Core, "micro PER/ORG/LOC"))
            .Append(scorer.Micro(scorer.PerLabel.Select(s => s.Label), "micro all"));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
