using Nexus.Analysis.Timeline;
using Nexus.Cli.Output;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus timeline NAME...</c>: the dated claims and events of an entity or a set of entities, in time order.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("names") { Description = "Entity names, aliases or ids: one timeline for all of them.", Arity = ArgumentArity.OneOrMore };
        var undated = new Option<bool>("--undated") { Description = "Also list undated claims, at their document's publication date." };
        var from = new Option<DateOnly?>("--from") { Description = "Only what reaches this day or later (yyyy-mm-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Only what starts this day or earlier (yyyy-mm-dd)." };
        var format = CliOptions.Format();
        var command = new Command("timeline", "The dated claims and events of one or more entities, ordered, with the precision of each date.") { names, undated, from, to, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var entities = new List<Entity>();
            foreach (var name in parse.GetValue(names)!)
            {
                if (await AnalysisSupport.FindAsync(store, name, ct) is not { } entity)
                {
                    return ExitCodes.NotFound;
                }
                entities.Add(entity);
            }
            var assessment = await AnalysisSupport.AssessAsync(store, ct);
            var timeline = TimelineBuilder.Build(assessment, entities.Select(e => e.Id),
                new TimelineOptions { IncludeUndated = parse.GetValue(undated), From = parse.GetValue(from), To = parse.GetValue(to) });
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                AnalysisSupport.Json(new { Schema = "nexus.timeline/1", Entities = entities.Select(e => new { e.Id, e.Name }), Entries = timeline });
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("When", "Precision", "What", "Grade", "Who says so", "Source");
            foreach (var entry in timeline)
            {
                var when = entry.Dated ? entry.Claim.Time!.Text + " (" + entry.Claim.Time.IsoInterval + ")" : "reported " + Engine.Dates.Iso(entry.Date);
                table.AddRow(
                    Markup.Escape(when),
                    entry.Granularity is { } g ? Printer.Snake(g) : "undated",
                    Markup.Escape(entry.Statement) + (entry.IsEvent ? " [grey](event)[/]" : ""),
                    Markup.Escape(entry.Grade.ToString()),
                    Markup.Escape(AnalysisSupport.Attribution(entry.Claim)),
                    Markup.Escape(AnalysisSupport.Source(entry.Claim)));
            }
            Printer.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
