using System.Globalization;
using Nexus.Cli.Output;
using Nexus.Engine.Queries;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus members NAME</c>: the document-local entities that make up an entity, each with the
/// handle <c>nexus split</c> takes, the name its document uses, and why resolution joined it.
/// </summary>
internal static class MembersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Entity name, alias or id." };
        var format = CliOptions.Format();
        var command = new Command("members", "List the document-local entities that make up an entity and why each was joined (the handles `nexus split` takes).")
        {
            name, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var queries = new NexusQueries(store);
            var (entity, _) = await EntityLookup.FindAsync(queries, parse.GetValue(name)!, ct);
            if (entity is null)
            {
                return ExitCodes.NotFound;
            }
            var members = await queries.MembersAsync(entity.Id, ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(new { entity = entity.Id, entity.Name, members });
                return ExitCodes.Ok;
            }
            Printer.Out.MarkupLine($"[bold]{Markup.Escape(entity.Name)}[/]  {Printer.TypeName(entity.Type)}  [grey]{Markup.Escape(entity.Id)}[/]");
            var table = new Table().AddColumns("Member", "Name in document", "Document", "Why it belongs", "Score");
            foreach (var m in members)
            {
                var document = (m.DocumentTitle ?? m.DocumentId) + (m.Published is { } published ? ", " + published : "");
                table.AddRow(Markup.Escape(m.Member), Markup.Escape(m.Name ?? ""), Markup.Escape(document), Markup.Escape(m.Reason),
                    m.Score.ToString("0.000", CultureInfo.InvariantCulture));
            }
            Printer.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
