using System.Globalization;
using Nexus.Cli.Output;
using Nexus.Engine.Curations;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// What the curation commands (merge, split, rename, reject-claim, confirm-claim) share: the
/// <c>--reason</c>/<c>--analyst</c> options, running the decision against the store, exit codes for
/// refusals, and the report of what changed.
/// </summary>
internal static class CurationCommands
{
    /// <summary>Adds <c>--reason</c>, <c>--analyst</c> and <c>--format</c> to <paramref name="command"/> and runs <paramref name="decide"/> as its action.</summary>
    public static Command WithDecision(this Command command, Func<ParseResult, CurationWorkflow, CurationNote, CancellationToken, Task<CurationResult>> decide)
    {
        var reason = CliOptions.Reason();
        var analyst = CliOptions.Analyst();
        var format = CliOptions.Format();
        command.Options.Add(reason);
        command.Options.Add(analyst);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var workflow = new CurationWorkflow(CliOptions.Runtime, store, TimeProvider.System);
            CurationResult result;
            try
            {
                result = await decide(parse, workflow, new CurationNote(parse.GetValue(reason), parse.GetValue(analyst)), ct);
            }
            catch (CurationException e)
            {
                Printer.Error(e.Message);
                return e.Problem == CurationProblem.NotFound ? ExitCodes.NotFound : ExitCodes.Failed;
            }
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(result);
            }
            else
            {
                Print(result);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CurationResult result)
    {
        var c = result.Curation;
        var entities = string.Join("; ", result.Entities.Select(e => $"{e.Name} ({e.Id})"));
        var line = c.Action switch
        {
            CurationAction.Merge => $"Merged: {entities}.",
            CurationAction.Split => $"Split out: {entities}.",
            CurationAction.Rename => $"Renamed: {entities}.",
            CurationAction.RejectClaim => $"Rejected claim {c.Targets[0]}: {Statement(result)}.",
            CurationAction.ConfirmClaim => $"Confirmed claim {c.Targets[0]}: {Statement(result)}.",
            _ => $"Recorded {Printer.Snake(c.Action)}.",
        };
        Printer.Out.MarkupLine(Markup.Escape(line));
        var by = c.Analyst is null ? "" : " by " + c.Analyst;
        var at = c.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Printer.Out.MarkupLine($"[grey]{Markup.Escape($"Curation {c.Id}{by} at {at}; `nexus history` lists every decision.")}[/]");
    }

    private static string Statement(CurationResult result) => result.Claim is { } claim ? Printer.Statement(claim) : "";
}
