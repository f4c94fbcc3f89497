using Nexus.Export.Briefs;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus brief NAME [--format md|html] [--out FILE]</c>: a cited brief on one entity, to standard output or a file.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Entity name, alias or id." };
        var format = new Option<BriefFormat>("--format") { Description = "md (Markdown with footnotes) or html.", DefaultValueFactory = _ => BriefFormat.Md };
        var output = new Option<string?>("--out") { Description = "File to write; standard output when left out." };
        var command = new Command("brief", "Write a brief on an entity: judgements, relations, timeline and sources, every sentence cited.") { name, format, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var entity = await ExportCommand.FindAsync(store, parse.GetValue(name)!, ct);
            if (entity is null)
            {
                return ExitCodes.NotFound;
            }
            var brief = BriefBuilder.Build(await ExportCommand.ReadSnapshotAsync(store, ct), entity.Id);
            var text = parse.GetValue(format) == BriefFormat.Html ? BriefHtml.Render(brief) : BriefMarkdown.Render(brief);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, text, new System.Text.UTF8Encoding(false), ct);
            }
            else
            {
                await Console.Out.WriteAsync(text);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
