using Nexus.Analysis.Graph;
using Nexus.Cli.Output;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus brokers [A B]</c>: who links two groups (each entity and its members), or, without names,
/// who lies on the most shortest, best-evidenced paths of the whole graph.
/// </summary>
internal static class BrokersCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("groups") { Description = "Two entities whose groups to link (none: the whole graph).", Arity = new ArgumentArity(0, 2) };
        var top = new Option<int>("--top") { Description = "How many brokers to list.", DefaultValueFactory = _ => 10 };
        var filters = new GraphFilterOptions();
        var format = CliOptions.Format();
        var command = new Command("brokers", "Who links two groups (\"who links ISKP and LeT?\"), or the whole graph's brokers.") { names, top, format };
        filters.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var groups = parse.GetValue(names) ?? [];
            if (groups.Length == 1)
            {
                Printer.Error("Name two entities to find who links their groups, or none for the whole graph.");
                return ExitCodes.Usage;
            }
            if (filters.Read(parse) is not { } filter)
            {
                return ExitCodes.Usage;
            }
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var entities = new List<Entity>();
            foreach (var group in groups)
            {
                if (await AnalysisSupport.FindAsync(store, group, ct) is not { } entity)
                {
                    return ExitCodes.NotFound;
                }
                entities.Add(entity);
            }
            var links = new LinkAnalysis(await AnalysisSupport.AssessAsync(store, ct), filter);
            var json = parse.GetValue(format) == OutputFormat.Json;
            if (entities.Count == 0)
            {
                var brokers = links.Brokers(parse.GetValue(top), cancellationToken: ct);
                if (json)
                {
                    AnalysisSupport.Json(new { Schema = "nexus.brokers/1", Brokers = brokers });
                    return ExitCodes.Ok;
                }
                Print(brokers, groups: false);
                return ExitCodes.Ok;
            }
            if (entities.Any(e => !links.Assessment.Entities.ContainsKey(e.Id)))
            {
                Printer.Error($"{entities.First(e => !links.Assessment.Entities.ContainsKey(e.Id)).Name} takes part in no assessed claim.");
                return ExitCodes.NotFound;
            }
            var report = links.Brokers(entities[0].Id, entities[1].Id, parse.GetValue(top), ct);
            if (json)
            {
                AnalysisSupport.Json(new { Schema = "nexus.brokers/1", Report = report });
                return ExitCodes.Ok;
            }
            Printer.Out.MarkupLine($"[bold]{Markup.Escape(report.First.Name)}[/] and its members: {Markup.Escape(string.Join(", ", report.FirstGroup.Skip(1).Select(e => e.Name).DefaultIfEmpty("none")))}");
            Printer.Out.MarkupLine($"[bold]{Markup.Escape(report.Second.Name)}[/] and its members: {Markup.Escape(string.Join(", ", report.SecondGroup.Skip(1).Select(e => e.Name).DefaultIfEmpty("none")))}");
            if (report.Brokers.IsEmpty)
            {
                Printer.Out.MarkupLine("No one else lies on the shortest paths between the two groups.");
                return ExitCodes.Ok;
            }
            Print(report.Brokers, groups: true);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IEnumerable<BrokerScore> brokers, bool groups)
    {
        var table = new Table().AddColumns("#", "Broker", "Type", "Score", "Share of pairs");
        if (groups)
        {
            table.AddColumn("Stands");
        }
        foreach (var (broker, rank) in brokers.Select((b, i) => (b, i + 1)))
        {
            var cells = new List<string>
            {
                rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(broker.Entity.Name), Printer.TypeName(broker.Entity.Type),
                AnalysisSupport.Number(broker.Score), AnalysisSupport.Number(broker.Share),
            };
            if (groups)
            {
                cells.Add(broker.Position switch
                {
                    BrokerPosition.First => "in the first group",
                    BrokerPosition.Second => "in the second group",
                    BrokerPosition.Both => "in both groups",
                    _ => "outside both (liaison)",
                });
            }
            table.AddRow([.. cells]);
        }
        Printer.Out.Write(table);
    }
}
