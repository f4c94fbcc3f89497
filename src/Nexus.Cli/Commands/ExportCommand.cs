using System.Text;
using Nexus.Cli.Output;
using Nexus.Engine.Queries;
using Nexus.Export.Briefs;
using Nexus.Export.FollowTheMoney;
using Nexus.Export.Graphs;
using Nexus.Export.Snapshots;
using Nexus.Export.Stix;
using Nexus.Export.Tables;
using Nexus.Storage;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus export --format stix|graphml|gexf|csv|ftm|brief --out FILE</c>: the whole store in a format other tools read.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<ExportFormat>("--format") { Description = "stix, graphml, gexf, csv (a folder with entities.csv and claims.csv), ftm (JSON lines) or brief.", Required = true };
        var output = new Option<string>("--out") { Description = "File to write (a folder for csv).", Required = true };
        var entity = new Option<string?>("--entity") { Description = "For --format brief: the entity the brief is about (name, alias or id)." };
        var command = new Command("export", "Export the evidence graph: STIX 2.1, GraphML, GEXF, CSV, FollowTheMoney or a cited brief.") { format, output, entity };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!;
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var snapshot = await ReadSnapshotAsync(store, ct);
            switch (parse.GetValue(format))
            {
                case ExportFormat.Stix:
                    await WriteFileAsync(path, stream => StixExporter.WriteAsync(snapshot, stream, ct));
                    break;
                case ExportFormat.Graphml:
                    await WriteFileAsync(path, stream => GraphMLWriter.WriteAsync(GraphModel.From(snapshot), stream, ct));
                    break;
                case ExportFormat.Gexf:
                    await WriteFileAsync(path, stream => GexfWriter.WriteAsync(GraphModel.From(snapshot), stream, ct));
                    break;
                case ExportFormat.Csv:
                    Directory.CreateDirectory(path);
                    await WriteTextAsync(Path.Combine(path, "entities.csv"), writer => CsvExporter.WriteEntitiesAsync(snapshot, writer, ct));
                    await WriteTextAsync(Path.Combine(path, "claims.csv"), writer => CsvExporter.WriteClaimsAsync(snapshot, writer, ct));
                    break;
                case ExportFormat.Ftm:
                    await WriteTextAsync(path, writer => FtmExporter.WriteAsync(snapshot, writer, ct));
                    break;
                case ExportFormat.Brief:
                    if (parse.GetValue(entity) is not { } name)
                    {
                        Printer.Error("A brief is about one entity: give it with --entity NAME.");
                        return ExitCodes.Usage;
                    }
                    var found = await FindAsync(store, name, ct);
                    if (found is null)
                    {
                        return ExitCodes.NotFound;
                    }
                    var brief = BriefBuilder.Build(snapshot, found.Id);
                    var html = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
                    await File.WriteAllTextAsync(path, html ? BriefHtml.Render(brief) : BriefMarkdown.Render(brief), new UTF8Encoding(false), ct);
                    break;
            }
            Printer.Err.MarkupLine($"Exported {snapshot.Documents.Length} document(s), {snapshot.Entities.Length} entities and {snapshot.Claims.Length} claim(s) to {Markup.Escape(path)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The store as exports read it, graded: assertions are assessed afresh (independent sources,
    /// reliability set per publisher) so STIX confidence and a brief's likelihood follow the grade.
    /// </summary>
    public static async Task<ExportSnapshot> ReadSnapshotAsync(INexusStore store, CancellationToken cancellationToken)
    {
        var assessment = await AnalysisSupport.AssessAsync(store, cancellationToken);
        return await new SnapshotReader(store, CliOptions.Runtime.References).ReadAsync(assessment.Assertions, cancellationToken);
    }

    /// <summary>The entity a user names, or null after saying it is not there.</summary>
    public static async Task<Entity?> FindAsync(INexusStore store, string name, CancellationToken cancellationToken)
    {
        var (found, _) = await new NexusQueries(store).FindAsync(name, cancellationToken);
        if (found is null)
        {
            Printer.Error($"No entity named \"{name}\" is in the store.");
        }
        return found;
    }

    private static async Task WriteFileAsync(string path, Func<Stream, Task> write)
    {
        await using var stream = File.Create(path);
        await write(stream);
    }

    private static async Task WriteTextAsync(string path, Func<TextWriter, Task> write)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await write(writer);
    }
}
