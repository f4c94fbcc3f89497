using Nexus.Cli.Output;
using Nexus.Engine.Queries;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus show NAME</c>: an entity's profile with every claim, its holder, modality, date and evidence.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Entity name, alias or id." };
        var format = CliOptions.Format();
        var command = new Command("show", "Show an entity's profile: aliases, references and every claim with its evidence.") { name, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var queries = new NexusQueries(store);
            var (entity, candidates) = await EntityLookup.FindAsync(queries, parse.GetValue(name)!, ct);
            if (entity is null)
            {
                return ExitCodes.NotFound;
            }
            var profile = await queries.ProfileAsync(entity, ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(profile);
                return ExitCodes.Ok;
            }
            Print(profile, candidates.Where(c => c.Id != entity.Id).Select(c => c.Name).ToList());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(EntityProfile profile, List<string> others)
    {
        var kind = profile.Kind is { } k ? "/" + Printer.Snake(k) : "";
        Printer.Out.MarkupLine($"[bold]{Markup.Escape(profile.Name)}[/]  {Printer.TypeName(profile.Type)}{kind}  [grey]{Markup.Escape(profile.Id)}[/]");
        var aliases = profile.Aliases.Select(a => a.Name).Where(a => a != profile.Name).Distinct(StringComparer.Ordinal).ToList();
        Printer.Out.MarkupLine("Also known as: " + Markup.Escape(aliases.Count == 0 ? "—" : string.Join(", ", aliases)));
        if (profile.Refs.Count > 0)
        {
            Printer.Out.MarkupLine("References: " + Markup.Escape(string.Join(", ", profile.Refs)));
        }
        if (profile.Coordinates is { } point)
        {
            Printer.Out.MarkupLine(Markup.Escape(FormattableString.Invariant($"Coordinates: {point.Latitude:0.####}, {point.Longitude:0.####}")));
        }
        var documents = profile.Members.Select(m => m.Member.DocumentId).Distinct(StringComparer.Ordinal).Count();
        Printer.Out.MarkupLine($"Named in {documents} document(s), as {profile.Members.Count} document entit{(profile.Members.Count == 1 ? "y" : "ies")} ([grey]`nexus members {Markup.Escape(profile.Id)}` lists them[/]).");
        if (others.Count > 0)
        {
            Printer.Out.MarkupLine("[grey]Other matches: " + Markup.Escape(string.Join(", ", others)) + "[/]");
        }
        Printer.Out.WriteLine();
        Printer.Out.MarkupLine($"[bold]Claims ({profile.Claims.Count})[/]");
        foreach (var (claim, n) in profile.Claims.Select((c, i) => (c, i + 1)))
        {
            var rejected = claim.Rejected ? " [red](rejected by an analyst)[/]" : "";
            Printer.Out.MarkupLine($"{n,3}. {Markup.Escape(Printer.Statement(claim))}{rejected}");
            Printer.Out.MarkupLine($"     {Markup.Escape(Printer.Attribution(claim))} · {Markup.Escape(Printer.Date(claim))} · [grey]{Markup.Escape(Printer.SourceLine(claim))} · {Markup.Escape(claim.Id)}[/]");
            Printer.Out.MarkupLine($"     [italic]“{Markup.Escape(claim.Evidence.Text)}”[/]");
        }
    }
}
