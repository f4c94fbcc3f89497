using Nexus.Analysis.Graph;
using Nexus.Cli.Output;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus path A B</c>: the best evidence chains between two entities, fewest hops first, each hop
/// with its assertions, grades and every claim's holder and modality; a chain is graded by its weakest hop.
/// </summary>
internal static class PathCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "Entity name, alias or id to start from." };
        var to = new Argument<string>("to") { Description = "Entity name, alias or id to reach." };
        var count = new Option<int>("--count") { Description = "How many chains to find.", DefaultValueFactory = _ => 3 };
        var maxHops = new Option<int>("--max-hops") { Description = "The longest chain to consider.", DefaultValueFactory = _ => 4 };
        var filters = new GraphFilterOptions();
        var format = CliOptions.Format();
        var command = new Command("path", "Evidence chains between two entities, with every hop's claims and the weakest-link grade.") { from, to, count, maxHops, format };
        filters.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(count) < 1 || parse.GetValue(maxHops) < 1)
            {
                Printer.Error("--count and --max-hops must be at least 1.");
                return ExitCodes.Usage;
            }
            if (filters.Read(parse) is not { } filter)
            {
                return ExitCodes.Usage;
            }
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            if (await AnalysisSupport.FindAsync(store, parse.GetValue(from)!, ct) is not { } source
                || await AnalysisSupport.FindAsync(store, parse.GetValue(to)!, ct) is not { } target)
            {
                return ExitCodes.NotFound;
            }
            var links = new LinkAnalysis(await AnalysisSupport.AssessAsync(store, ct), filter);
            var paths = links.Paths(source.Id, target.Id, new PathOptions { Count = parse.GetValue(count), MaxHops = parse.GetValue(maxHops) });
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                AnalysisSupport.Json(new { Schema = "nexus.paths/1", From = new { source.Id, source.Name }, To = new { target.Id, target.Name }, Paths = paths });
                return ExitCodes.Ok;
            }
            if (paths.IsEmpty)
            {
                Printer.Out.MarkupLine($"No chain of at most {parse.GetValue(maxHops)} hop(s) links {Markup.Escape(source.Name)} and {Markup.Escape(target.Name)}.");
                return ExitCodes.Ok;
            }
            foreach (var (path, n) in paths.Select((p, i) => (p, i + 1)))
            {
                Printer.Out.MarkupLine($"[bold]{n}. {Markup.Escape(string.Join(" → ", path.Entities.Select(e => e.Name)))}[/]  {path.Length} hop(s), weakest link {Markup.Escape(AnalysisSupport.Grade(path.WeakestGrade))}");
                foreach (var hop in path.Hops)
                {
                    Printer.Out.MarkupLine($"   {Markup.Escape(hop.From.Name)} — {Markup.Escape(hop.To.Name)}  [grey]{Markup.Escape(hop.Grade.ToString())}[/]");
                    foreach (var assertion in hop.Assertions)
                    {
                        Printer.Out.MarkupLine($"     {Markup.Escape(assertion.Statement)}  {Markup.Escape(AnalysisSupport.Grade(assertion.Assertion.Grade))}, {assertion.Assertion.IndependentSources} independent source(s)");
                        foreach (var claim in assertion.Claims)
                        {
                            Printer.Out.MarkupLine($"       {Markup.Escape(AnalysisSupport.Attribution(claim))} · [grey]{Markup.Escape(AnalysisSupport.Source(claim))}[/]");
                            Printer.Out.MarkupLine($"         [italic]“{Markup.Escape(claim.Evidence)}”[/]");
                        }
                    }
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
