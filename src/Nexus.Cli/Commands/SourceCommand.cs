using Nexus.Analysis.Assessment;
using Nexus.Analysis.Syndication;
using Nexus.Cli.Output;
using Nexus.Storage;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus source grade NAME LETTER</c> grades a publisher or origin (an analyst's curation, kept and
/// audited); <c>nexus source list</c> shows every outlet in the store with the grade in force.
/// </summary>
internal static class SourceCommand
{
    public static Command Create()
    {
        var command = new Command("source", "Grade the reliability of publishers and origins (Admiralty A-F, G deceptive).")
        {
            Grade(),
            List(),
        };
        return command;
    }

    private static Command Grade()
    {
        var name = new Argument<string>("name") { Description = "The publisher or origin as the documents name it, e.g. \"The Asian Age\"." };
        var letter = new Argument<string>("letter") { Description = "A completely reliable … E unreliable, F cannot be judged, G deliberately deceptive." };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit trail." };
        var analyst = new Option<string?>("--analyst") { Description = "Who decides (default: $USER)." };
        var allowNew = new Option<bool>("--allow-new") { Description = "Grade a source no stored document names yet." };
        var command = new Command("grade", "Set a source's reliability; later grades override earlier ones.") { name, letter, reason, analyst, allowNew };
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(name)!.Trim();
            if (source.Length == 0 || !SourceGrades.TryParse(parse.GetValue(letter), out var grade))
            {
                Printer.Error(source.Length == 0
                    ? "Name the publisher or origin to grade."
                    : $"\"{parse.GetValue(letter)}\" is not an Admiralty reliability: give one letter, A (completely reliable) to F (cannot be judged), or G (deliberately deceptive).");
                return ExitCodes.Usage;
            }
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var known = (await OutletsAsync(store, ct)).Any(o => OutletName.Key(o.Name) == OutletName.Key(source));
            if (!known && !parse.GetValue(allowNew))
            {
                Printer.Error($"No stored document names \"{source}\" as its publisher or origin (see nexus source list); add --allow-new to grade it anyway.");
                return ExitCodes.NotFound;
            }
            var who = parse.GetValue(analyst) ?? Environment.GetEnvironmentVariable("USER");
            await store.AddCurationAsync(SourceGrades.Decision(source, grade, TimeProvider.System.GetUtcNow(), who, parse.GetValue(reason)), ct);
            Printer.Out.MarkupLine($"Graded [bold]{Markup.Escape(source)}[/] {grade}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var format = CliOptions.Format();
        var command = new Command("list", "Every publisher and origin in the store, its documents and the grade in force.") { format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var grades = SourceGrades.From(await store.ListCurationsAsync(ct));
            var outlets = (await OutletsAsync(store, ct))
                .Select(o => new { o.Name, o.Documents, Curated = grades.Curated(o.Name), Grade = grades.Curated(o.Name) ?? o.Ingested })
                .ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                AnalysisSupport.Json(outlets);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Source", "Documents", "Grade", "Set by");
            foreach (var outlet in outlets)
            {
                table.AddRow(Markup.Escape(outlet.Name), outlet.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    outlet.Grade.ToString(), outlet.Curated is null ? "ingest" : "analyst");
            }
            Printer.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Each publisher or origin (compared as <see cref="OutletName"/> folds them), its documents and its best ingest grade.</summary>
    private static async Task<List<(string Name, int Documents, SourceReliability Ingested)>> OutletsAsync(INexusStore store, CancellationToken cancellationToken)
    {
        var named = new List<(string Name, string Document, SourceReliability Reliability)>();
        const int page = 1000;
        for (var offset = 0; ; offset += page)
        {
            var documents = await store.ListDocumentsAsync(new PageRequest(offset, page), cancellationToken);
            named.AddRange(documents.SelectMany(d => new[] { d.Metadata.Publisher, d.Metadata.Origin }.OfType<string>().Distinct(StringComparer.Ordinal).Select(n => (n, d.Id, d.Metadata.Reliability))));
            if (documents.Count < page)
            {
                break;
            }
        }
        return [.. named.GroupBy(n => OutletName.Key(n.Name), StringComparer.Ordinal)
            .Select(g => (g.First().Name, g.Select(n => n.Document).Distinct(StringComparer.Ordinal).Count(), g.Min(n => n.Reliability)))
            .OrderBy(o => o.Item1, StringComparer.OrdinalIgnoreCase)];
    }
}
