using System.Globalization;
using Nexus.Cli.Output;
using Nexus.Engine.Screening;
using Nexus.Resolution.Screening;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus xref [--min-score S]</c>: every stored person and organisation screened against the
/// lists, showing which stored entity matches which listed record and whether resolution already
/// attached it.
/// </summary>
internal static class XrefCommand
{
    public static Command Create()
    {
        var minScore = CliOptions.MinScore();
        var format = CliOptions.Format();
        var command = new Command("xref", "Screen every stored person and organisation against the lists: which stored entity matches which listed record.")
        {
            minScore, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var options = ScreeningOptions.Default with { MinScore = parse.GetValue(minScore) };
            var entries = await new CrossReference(CliOptions.Runtime, store).RunAsync(options, ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(entries);
                return ExitCodes.Ok;
            }
            if (entries.Count == 0)
            {
                Printer.Out.WriteLine("No stored person or organisation matches a listed record.");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Stored entity", "Type", "Listed record", "Ref", "Matched alias", "Score", "Attached");
            foreach (var entry in entries)
            {
                foreach (var (m, i) in entry.Matches.Select((m, i) => (m, i)))
                {
                    table.AddRow(
                        i == 0 ? Markup.Escape($"{entry.Name} ({entry.Entity})") : "",
                        i == 0 ? Printer.TypeName(entry.Type) : "",
                        Markup.Escape(m.Name), Markup.Escape(m.Ref), Markup.Escape(m.MatchedAlias),
                        m.Score.ToString("0.000", CultureInfo.InvariantCulture), m.Attached ? "yes" : "no");
                }
            }
            Printer.Out.Write(table);
            var unattached = entries.Sum(e => e.Matches.Count(m => !m.Attached));
            Printer.Out.WriteLine($"{entries.Count} stored entit{(entries.Count == 1 ? "y matches" : "ies match")} listed records; {unattached} match(es) not attached by resolution are leads to check.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
