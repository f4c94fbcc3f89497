using Nexus.Cli.Output;
using Nexus.Export.Stix;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus import FILE</c>: a STIX 2.1 bundle into the store. Idempotent; a bad bundle changes nothing.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A STIX 2.1 bundle (JSON)." };
        var format = CliOptions.Format();
        var command = new Command("import", "Import a STIX 2.1 bundle: reports become documents, relationships claims that keep their source.") { file, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            await using var input = File.OpenRead(parse.GetValue(file)!);
            var summary = await new StixImportWorkflow(CliOptions.Runtime, store).RunAsync(input, ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(summary);
            }
            else
            {
                Printer.Out.MarkupLine($"Added [bold]{summary.Added}[/] document(s) with {summary.Claims} claim(s) and {summary.Curations} curation(s); "
                    + $"{summary.AlreadyStored} already stored; {summary.Ignored} object(s) Nexus has no place for.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
