using Nexus.Analysis.Assessment;
using Nexus.Cli.Output;
using Nexus.Engine;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus assess [NAME]</c>: the graded assertions about an entity — independent sources, modality
/// mix, dates, the rule behind each grade and what stands against it; without a name, the store's
/// stories and grades at a glance.
/// </summary>
internal static class AssessCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "Entity name, alias or id (none: the whole store).", Arity = ArgumentArity.ZeroOrOne };
        var claims = new Option<bool>("--claims") { Description = "Show every claim behind each assertion (JSON always has them)." };
        var format = CliOptions.Format();
        var command = new Command("assess", "Grade the assertions about an entity: independent sources, modality, credibility, contradictions.") { name, claims, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var json = parse.GetValue(format) == OutputFormat.Json;
            if (parse.GetValue(name) is not { } wanted)
            {
                var all = await AnalysisSupport.AssessAsync(store, ct);
                if (json)
                {
                    AnalysisSupport.Json(new { Schema = "nexus.assessment/1", all.Stories, Assertions = all.Assertions.Select(all.Explain), all.Contradictions, all.RejectedClaims, all.UnresolvedClaims });
                }
                else
                {
                    Overview(all);
                }
                return ExitCodes.Ok;
            }
            if (await AnalysisSupport.FindAsync(store, wanted, ct) is not { } entity)
            {
                return ExitCodes.NotFound;
            }
            var result = await AnalysisSupport.AssessAsync(store, ct);
            var assertions = result.Involving(entity.Id).Select(result.Explain).ToList();
            var contradictions = result.ContradictionsInvolving(entity.Id).ToList();
            if (json)
            {
                AnalysisSupport.Json(new { Schema = "nexus.assessment/1", Entity = new { entity.Id, entity.Name, entity.Type }, Assertions = assertions, Contradictions = contradictions });
                return ExitCodes.Ok;
            }
            Printer.Out.MarkupLine($"[bold]{Markup.Escape(entity.Name)}[/]: {assertions.Count} assertion(s), {contradictions.Count} contradiction(s). Sources: independent stories of all documents.");
            var table = new Table().AddColumns("Grade", "Assertion", "Sources", "Modalities", "Dates", "Rule");
            foreach (var explained in assertions)
            {
                var a = explained.Assertion;
                var modalities = string.Join(", ", a.Modalities.OrderBy(m => m.Key).Select(m => $"{Printer.Snake(m.Key)} {m.Value}"));
                var dates = (a.FirstDate == a.LastDate ? Dates.Iso(a.FirstDate) ?? "undated" : $"{Dates.Iso(a.FirstDate)}..{Dates.Iso(a.LastDate)}")
                    + (a.Ended is { } ended ? $", ended {Dates.Iso(ended)}" : "");
                table.AddRow(
                    Markup.Escape(AnalysisSupport.Grade(a.Grade)) + (a.Contested ? " [red]contested[/]" : ""),
                    Markup.Escape(explained.Statement),
                    $"{a.IndependentSources} of {a.Documents} doc(s)",
                    Markup.Escape(modalities),
                    Markup.Escape(dates),
                    Markup.Escape(a.Rationale?.Split(" (")[0] ?? ""));
            }
            Printer.Out.Write(table);
            foreach (var rule in assertions.Select(a => a.Assertion.Rationale).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                Printer.Out.MarkupLine($"[grey]{Markup.Escape(rule)}[/]");
            }
            if (parse.GetValue(claims))
            {
                foreach (var explained in assertions)
                {
                    Printer.Out.MarkupLine($"[bold]{Markup.Escape(explained.Statement)}[/] {Markup.Escape(explained.Assertion.Grade.ToString())}");
                    foreach (var claim in explained.Claims)
                    {
                        Printer.Out.MarkupLine($"  {Markup.Escape(AnalysisSupport.Attribution(claim))} · [grey]{Markup.Escape(AnalysisSupport.Source(claim))}[/]");
                        Printer.Out.MarkupLine($"    [italic]“{Markup.Escape(claim.Evidence)}”[/]");
                    }
                }
            }
            foreach (var contradiction in contradictions)
            {
                Printer.Out.MarkupLine($"[red]{Printer.Snake(contradiction.Kind)}[/]: {Markup.Escape(contradiction.Summary)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Overview(AssessmentResult result)
    {
        var documents = result.Stories.Sum(s => s.Documents.Length);
        Printer.Out.MarkupLine($"{documents} document(s) in {result.Stories.Length} independent stor(ies); {result.Assertions.Length} assertion(s); {result.Contradictions.Length} contradiction(s); {result.RejectedClaims} rejected and {result.UnresolvedClaims} unresolved claim(s) left out.");
        var grades = new Table().AddColumns("Credibility", "Assertions");
        foreach (var group in result.Assertions.GroupBy(a => a.Grade.Credibility).OrderBy(g => g.Key))
        {
            grades.AddRow($"{group.Key} {CredibilityRules.Words(group.Key)}", group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Printer.Out.Write(grades);
        var copied = result.Stories.Where(s => s.Documents.Length > 1).ToList();
        if (copied.Count > 0)
        {
            var stories = new Table().AddColumns("Republished story", "Source", "Copies", "Outlets");
            foreach (var story in copied)
            {
                stories.AddRow(Markup.Escape(story.Title ?? story.Id), Markup.Escape(story.Source ?? "—"),
                    story.Documents.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", story.Outlets)));
            }
            Printer.Out.Write(stories);
        }
    }
}
