using System.Globalization;
using Nexus.Cli.Output;
using Nexus.Engine.Queries;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus history</c>: every curation, oldest first, with time, action, targets, value, reason and analyst.</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var format = CliOptions.Format();
        var command = new Command("history", "List the analysts' decisions (merges, splits, renames, claim rejections and confirmations), oldest first.") { format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var history = await new NexusQueries(store).HistoryAsync(ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(history);
                return ExitCodes.Ok;
            }
            if (history.Count == 0)
            {
                Printer.Out.WriteLine("No curations yet.");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Time (UTC)", "Action", "Targets", "Value", "Reason", "Analyst", "Id");
            foreach (var c in history)
            {
                var targets = c.Targets.Zip(c.TargetNames, (t, n) => t == n ? t : $"{n} ({t})");
                table.AddRow(
                    c.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Printer.Snake(c.Action),
                    Markup.Escape(string.Join("\n", targets)), Markup.Escape(c.Value ?? ""), Markup.Escape(c.Reason ?? ""),
                    Markup.Escape(c.Analyst ?? ""), Markup.Escape(c.Id));
            }
            Printer.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
