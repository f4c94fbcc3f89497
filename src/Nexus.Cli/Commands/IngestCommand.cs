using Nexus.Cli.Output;
using Nexus.Engine.Ingestion;
using Nexus.Ingest;
using Nexus.Storage.Postgres;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus ingest PATH... [--marking TLP:AMBER] [--reliability B]</c></summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to read (text, HTML, PDF, feeds, JSON).", Arity = ArgumentArity.OneOrMore };
        var marking = new Option<string>("--marking") { Description = "TLP marking for these documents, e.g. TLP:AMBER.", DefaultValueFactory = _ => "TLP:CLEAR" };
        var reliability = new Option<SourceReliability>("--reliability") { Description = "Admiralty reliability A-F of these sources.", DefaultValueFactory = _ => SourceReliability.F };
        var publisher = new Option<string?>("--publisher") { Description = "Publisher name to stamp on these documents." };
        var format = CliOptions.Format();
        var command = new Command("ingest", "Read files and folders into the store: extract, store and resolve. Idempotent.")
        {
            paths, marking, reliability, publisher, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!Tlp.TryParse(parse.GetValue(marking), out var tlp))
            {
                Printer.Error($"\"{parse.GetValue(marking)}\" is not a TLP marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).");
                return ExitCodes.Usage;
            }
            var options = new IngestOptions { Marking = tlp, Reliability = parse.GetValue(reliability), Publisher = parse.GetValue(publisher) };
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var workflow = new IngestWorkflow(CliOptions.Runtime, store);
            var inputs = parse.GetValue(paths)!;
            var summary = await Printer.WithProgressAsync("Ingesting", (progress, token) => workflow.RunAsync(inputs, options, progress, token), ct);
            foreach (var failure in summary.Failures)
            {
                Printer.Error(failure.Error);
            }
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(new { store = StoreFactory.Describe(parse.GetValue(CliOptions.Store)), summary.Added, already_stored = summary.AlreadyStored, summary.Claims, failures = summary.Failures });
            }
            else
            {
                Printer.Out.MarkupLine(
                    $"Added [bold]{summary.Added}[/] document(s) with {summary.Claims} claim(s); {summary.AlreadyStored} already stored; {summary.Failures.Length} rejected. Store: {Markup.Escape(StoreFactory.Describe(parse.GetValue(CliOptions.Store)))}");
            }
            return summary.Failures.Length == 0 ? ExitCodes.Ok
                : summary.Added + summary.AlreadyStored > 0 ? ExitCodes.Partial
                : ExitCodes.Failed;
        });
        return command;
    }
}
