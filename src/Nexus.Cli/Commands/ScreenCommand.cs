using System.Globalization;
using Nexus.Cli.Output;
using Nexus.Resolution.Screening;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus screen NAME [--min-score S] [--limit N]</c>: a name against the UN, MISP and curated
/// lists, best first. JSON: <c>{"query", "matches": [{"name", "matched_alias", "ref", "list", "score"}]}</c>.
/// No store is opened; no match is an answer, not an error.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The name to screen, in any spelling or script." };
        var minScore = CliOptions.MinScore();
        var limit = new Option<int>("--limit") { Description = "At most this many matches.", DefaultValueFactory = _ => ScreeningOptions.Default.MaxResults };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be 1 or more.");
            }
        });
        var format = CliOptions.Format();
        var command = new Command("screen", "Screen a name against the sanctions and reference lists (UN, MISP, curated), best match first.")
        {
            name, minScore, limit, format,
        };
        command.SetAction(parse =>
        {
            var options = ScreeningOptions.Default with { MinScore = parse.GetValue(minScore), MaxResults = parse.GetValue(limit) };
            var result = CliOptions.Runtime.References.Screener.Screen(parse.GetValue(name)!, options);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(result);
                return ExitCodes.Ok;
            }
            if (result.Matches.IsEmpty)
            {
                Printer.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"No listed person or organisation matches \"{result.Query}\" at a score of {options.MinScore:0.00} or more."));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Listed name", "Matched alias", "Ref", "List", "Score");
            foreach (var m in result.Matches)
            {
                table.AddRow(Markup.Escape(m.Name), Markup.Escape(m.MatchedAlias), Markup.Escape(m.Ref), m.List, m.Score.ToString("0.000", CultureInfo.InvariantCulture));
            }
            Printer.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
