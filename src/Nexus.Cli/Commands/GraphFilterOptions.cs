using System.Collections.Immutable;
using Nexus.Analysis.Assessment;
using Nexus.Analysis.Graph;
using Nexus.Cli.Output;

namespace Nexus.Cli.Commands;

/// <summary>The options that choose which assertions the link-analysis commands treat as links.</summary>
internal sealed class GraphFilterOptions
{
    private readonly Option<string?> _minGrade = new("--min-grade")
    {
        Description = "Keep assertions graded this or better: a credibility (3), a reliability (B) or both (B3).",
    };

    private readonly Option<string[]> _modalities = new("--modality")
    {
        Description = "Keep assertions carried by a claim of these modalities: asserted, reported, alleged, assessed, speculative, denied.",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<DateOnly?> _from = new("--from") { Description = "Keep assertions dated on or after this day (yyyy-mm-dd)." };

    private readonly Option<DateOnly?> _to = new("--to") { Description = "Keep assertions dated on or before this day (yyyy-mm-dd)." };

    private readonly Option<string[]> _types = new("--type")
    {
        Description = "Keep links whose two ends have these entity types: PERSON, ORGANIZATION, LOCATION…",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _predicates = new("--predicate")
    {
        Description = "Keep only these predicates: member_of, allied_with, sponsors…",
        AllowMultipleArgumentsPerToken = true,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _minGrade, _modalities, _from, _to, _types, _predicates })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The filter the options ask for; null, with the error printed, when one is not understood.</summary>
    public GraphFilter? Read(ParseResult parse)
    {
        var filter = new GraphFilter { From = parse.GetValue(_from), To = parse.GetValue(_to) };
        if (parse.GetValue(_minGrade) is { Length: > 0 } grade)
        {
            if (!GradeFloor.TryParse(grade, out var floor))
            {
                Printer.Error(GradeFloor.Invalid(grade));
                return null;
            }
            filter = filter.AtLeast(floor);
        }
        return Set<Modality>(parse, _modalities, "modality", out var modalities)
            && Set<EntityType>(parse, _types, "entity type", out var types)
            && Set<Predicate>(parse, _predicates, "predicate", out var predicates)
            ? filter with { Modalities = modalities, Types = types, Predicates = predicates }
            : null;
    }

    /// <summary>Reads names as the JSON writes them (snake_case, any case); null when none are given.</summary>
    private static bool Set<T>(ParseResult parse, Option<string[]> option, string what, out ImmutableHashSet<T>? set)
        where T : struct, Enum
    {
        set = null;
        var values = (parse.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (values.Count == 0)
        {
            return true;
        }
        var parsed = new List<T>();
        foreach (var value in values)
        {
            if (!Enum.TryParse<T>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var item) || !Enum.IsDefined(item))
            {
                Printer.Error($"\"{value}\" is not a {what}; one of: {string.Join(", ", Enum.GetValues<T>().Select(v => Printer.Snake(v)))}.");
                return false;
            }
            parsed.Add(item);
        }
        set = [.. parsed];
        return true;
    }
}
