using Nexus.Cli.Output;
using Nexus.Engine.Extraction;
using Nexus.Ingest;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus extract FILE... [--format json]</c>: extraction without a store. One file gives one
/// <c>nexus.extraction/1</c> object; several files or a folder give JSON Lines, one object per document.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to extract from.", Arity = ArgumentArity.OneOrMore };
        var format = CliOptions.Format();
        var command = new Command("extract", "Print what Nexus reads from files, without storing anything.") { paths, format };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(paths)!;
            var json = parse.GetValue(format) == OutputFormat.Json;
            var single = inputs.Length == 1 && File.Exists(inputs[0]);
            var (succeeded, failed) = (0, 0);
            await foreach (var result in DocumentSource.ReadAsync(inputs, new IngestOptions(), ct))
            {
                if (result.Document is not { } document)
                {
                    Printer.Error(result.Error!);
                    failed++;
                    continue;
                }
                var annotated = CliOptions.Runtime.Pipeline.Run(document, ct);
                succeeded++;
                if (json)
                {
                    Console.Out.WriteLine(ExtractionJson.Serialize(annotated, indented: single));
                }
                else
                {
                    PrintSummary(annotated);
                }
            }
            return failed == 0 ? ExitCodes.Ok : succeeded > 0 ? ExitCodes.Partial : ExitCodes.Failed;
        });
        return command;
    }

    private static void PrintSummary(AnnotatedDocument annotated)
    {
        var metadata = annotated.Document.Metadata;
        var name = new Func<string?, string>(key => key is null ? "" : annotated.Entity(key)?.Name ?? key);
        Printer.Out.MarkupLine($"[bold]{Markup.Escape(metadata.Title ?? metadata.Source ?? annotated.Document.Id)}[/]");
        Printer.Out.MarkupLine(Markup.Escape(
            $"{metadata.Source} · published {metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?"} · by {string.Join(", ", metadata.Authors.DefaultIfEmpty("?"))}"
            + (metadata.Origin is null ? "" : $" · origin {metadata.Origin}") + $" · {annotated.Document.Id}"));
        var entities = new Table().AddColumns("Entity", "Type", "Also written");
        foreach (var entity in annotated.Entities)
        {
            entities.AddRow(Markup.Escape(entity.Name), Printer.TypeName(entity.Type), Markup.Escape(string.Join(", ", entity.Aliases)));
        }
        Printer.Out.Write(entities);
        var claims = new Table().AddColumns("Subject", "Predicate", "Object", "Modality", "Holder", "Time");
        foreach (var claim in annotated.Claims)
        {
            claims.AddRow(
                Markup.Escape(name(claim.Subject)), Printer.Snake(claim.Predicate) + (claim.Polarity == Polarity.Negative ? " (not)" : ""),
                Markup.Escape(name(claim.Object)), Printer.Snake(claim.Modality), Markup.Escape(claim.Holder.Text),
                Markup.Escape(claim.Time?.Text ?? ""));
        }
        Printer.Out.Write(claims);
    }
}
