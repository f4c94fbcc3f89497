using System.Text.Json;
using Nexus.Engine;
using Nexus.Engine.Queries;
using Spectre.Console;

namespace Nexus.Cli.Output;

/// <summary>
/// Writes results for people (Spectre tables and text) or scripts (JSON on stdout). Diagnostics and
/// progress go to stderr so that stdout stays parseable.
/// </summary>
internal static class Printer
{
    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Err { get; } = Create(Console.Error, Console.IsErrorRedirected);

    // Output going to a file or a pipe keeps each line whole instead of wrapping at 80 columns.
    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            console.Profile.Width = 1000;
        }
        return console;
    }

    public static void Json<T>(T value, bool indented = true) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(value, indented ? NexusJson.Indented : NexusJson.Options));

    /// <summary>
    /// Runs long work with a progress bar on stderr when a person is watching; when stderr is a pipe or
    /// a file, the work runs silently so that logs hold only results and errors.
    /// </summary>
    public static Task<T> WithProgressAsync<T>(string label, Func<IProgress<Engine.Ingestion.IngestProgress>, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (!Err.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
        {
            return work(new Progress<Engine.Ingestion.IngestProgress>(), cancellationToken);
        }
        return Err.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: 1);
                var progress = new Progress<Engine.Ingestion.IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape($"{label} {Path.GetFileName(p.Current)}");
                });
                return await work(progress, cancellationToken);
            });
    }

    public static void Error(string sentence) => Console.Error.WriteLine("nexus: " + sentence);

    /// <summary>"member_of", "allied_with": predicates as the JSON and the docs write them.</summary>
    public static string Snake<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static string TypeName(EntityType type) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(type.ToString());

    /// <summary>
    /// "reported by the Indian dossier (document, "according to")"; a second-hand statement names who passed
    /// it on: "alleged by the group (organization, "claimed") via Cook (named_person)".
    /// </summary>
    public static string Attribution(ClaimView claim)
    {
        var polarity = claim.Polarity == Polarity.Negative ? "negated, " : "";
        var likelihood = claim.Likelihood is null ? "" : $" [{claim.Likelihood}]";
        var cue = claim.Cue is null ? "" : $", \"{claim.Cue}\"";
        var via = "";
        for (var outer = claim.Holder.Via; outer is not null; outer = outer.Via)
        {
            via += $" via {outer.Text} ({Snake(outer.Kind)})";
        }
        return $"{polarity}{Snake(claim.Modality)}{likelihood} by {claim.Holder.Text} ({Snake(claim.Holder.Kind)}{cue}){via}";
    }

    /// <summary>"around 2015 (2015-01-01..2015-12-31)", "by June 2025 (..2025-06-30)", or "undated".</summary>
    public static string Date(ClaimView claim) =>
        claim.Time is { } t ? $"{t.Text} ({t.Start}..{t.End})" : "undated";

    public static string Statement(ClaimView claim)
    {
        var qualifiers = new List<string>();
        if (claim.Role is { } role) { qualifiers.Add("role: " + role); }
        if (claim.Item is { } item) { qualifiers.Add("item: " + item); }
        if (claim.Kinds.Count > 0) { qualifiers.Add("kinds: " + string.Join(", ", claim.Kinds)); }
        if (claim.Count is { } count) { qualifiers.Add("count: " + count); }
        if (claim.Place is { } place) { qualifiers.Add("place: " + place.Name); }
        var obj = claim.Object is null ? "" : " → " + claim.Object.Name;
        var extra = qualifiers.Count == 0 ? "" : $" ({string.Join("; ", qualifiers)})";
        return $"{claim.Subject.Name} —{Snake(claim.Predicate)}{obj}{extra}";
    }

    /// <summary>The publisher (or a shortened title) and the publication date.</summary>
    public static string SourceLine(ClaimView claim)
    {
        var name = claim.Source.Publisher ?? claim.Source.Title ?? claim.Source.Document;
        if (name.Length > 48)
        {
            name = name[..47] + "…";
        }
        return claim.Source.Published is { } published ? $"{name}, {published}" : name;
    }
}
