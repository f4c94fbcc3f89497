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
            var letter = char.IsLetter(grade[0]) ? grade[..1] : null;
            var number = letter is null ? grade : grade[1..];
            if ((letter is not null && !SourceGrades.TryParse(letter, out _)) || (number.Length > 0 && number is not ("1" or "2" or "3" or "4" or "5" or "6")))
            {
                Printer.Error($"\"{grade}\" is not a grade: give a credibility 1-6 (3), a reliability A-G (B) or both (B3).");
                return null;
            }
            filter = filter with
            {
                MinReliability = letter is not null && SourceGrades.TryParse(letter, out var reliability) ? reliability : null,
                MaxCredibility = number.Length > 0 ? number[0] - '0' : null,
            };
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
