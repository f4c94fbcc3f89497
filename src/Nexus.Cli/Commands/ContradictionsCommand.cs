using Nexus.Cli.Output;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus contradictions [NAME]</c>: denials, negations and incompatible roles standing against assertions.</summary>
internal static class ContradictionsCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "Only those about this entity (name, alias or id).", Arity = ArgumentArity.ZeroOrOne };
        var format = CliOptions.Format();
        var command = new Command("contradictions", "Claims that cannot all be right: denials, negations, incompatible roles.") { name, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            string? entityId = null;
            if (parse.GetValue(name) is { } wanted)
            {
                if (await AnalysisSupport.FindAsync(store, wanted, ct) is not { } entity)
                {
                    return ExitCodes.NotFound;
                }
                entityId = entity.Id;
            }
            var assessment = await AnalysisSupport.AssessAsync(store, ct);
            var involved = entityId is null ? null : assessment.Involving(entityId).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var contradictions = assessment.Contradictions.Where(c => involved is null || c.Assertions.Any(involved.Contains)).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                AnalysisSupport.Json(new
                {
                    Schema = "nexus.contradictions/1",
                    Contradictions = contradictions.Select(c => new
                    {
                        c.Id,
                        c.Kind,
                        c.Summary,
                        Assertions = c.Assertions.Select(a => assessment.Explain(assessment.Assertion(a)!)),
                        c.Claims,
                        c.CounterClaims,
                    }),
                });
                return ExitCodes.Ok;
            }
            if (contradictions.Count == 0)
            {
                Printer.Out.MarkupLine("No contradictions found.");
                return ExitCodes.Ok;
            }
            foreach (var contradiction in contradictions)
            {
                Printer.Out.MarkupLine($"[red]{Printer.Snake(contradiction.Kind)}[/]: {Markup.Escape(contradiction.Summary)}");
                foreach (var claim in assessment.Evidence(contradiction.Claims.Concat(contradiction.CounterClaims)))
                {
                    Printer.Out.MarkupLine($"   {Markup.Escape(AnalysisSupport.Attribution(claim))} · [grey]{Markup.Escape(AnalysisSupport.Source(claim))}[/]");
                    Printer.Out.MarkupLine($"     [italic]“{Markup.Escape(claim.Evidence)}”[/]");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
