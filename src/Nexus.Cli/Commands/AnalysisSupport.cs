using System.Globalization;
using System.Text.Json;
using Nexus.Analysis.Assessment;
using Nexus.Analysis.Json;
using Nexus.Cli.Output;
using Nexus.Engine;
using Nexus.Engine.Queries;
using Nexus.Storage;

namespace Nexus.Cli.Commands;

/// <summary>What the assessment and link-analysis commands share: assessing the store, naming entities, wording grades and claims, JSON.</summary>
internal static class AnalysisSupport
{
    private static readonly JsonSerializerOptions JsonOptions = AnalysisJson.With(NexusJson.Indented);

    /// <summary>JSON on stdout, with grades as <c>{"code": "B2", …}</c> and reliability letters upper-case.</summary>
    public static void Json<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public static Task<AssessmentResult> AssessAsync(INexusStore store, CancellationToken cancellationToken) =>
        EvidenceAssessor.AssessAsync(store, new AssessmentOptions(), cancellationToken);

    /// <summary>The entity a name, alias or id means; prints the error sentence and returns null when there is none.</summary>
    public static async Task<Entity?> FindAsync(INexusStore store, string name, CancellationToken cancellationToken)
    {
        var (entity, _) = await new NexusQueries(store).FindAsync(name, cancellationToken);
        if (entity is null)
        {
            Printer.Error($"No entity named \"{name}\" is in the store.");
        }
        return entity;
    }

    /// <summary>"B2 probably true".</summary>
    public static string Grade(AdmiraltyGrade grade) => $"{grade} {CredibilityRules.Words(grade.Credibility)}";

    /// <summary>"reported by the Indian dossier (document, "according to")", "negated, asserted by the author (author)".</summary>
    public static string Attribution(ClaimEvidence claim)
    {
        var polarity = claim.Polarity == Polarity.Negative ? "negated, " : "";
        var likelihood = claim.Likelihood is null ? "" : $" [{claim.Likelihood}]";
        var cue = claim.Cue is null ? "" : $", \"{claim.Cue}\"";
        return $"{polarity}{Printer.Snake(claim.Modality)}{likelihood} by {claim.Holder} ({Printer.Snake(claim.HolderKind)}{cue})";
    }

    /// <summary>"The Asian Age, 2026-02-27 (×4 copies)".</summary>
    public static string Source(ClaimEvidence claim)
    {
        var parts = new[] { claim.Publisher, Dates.Iso(claim.Published) }.Where(p => !string.IsNullOrEmpty(p));
        var copies = claim.Copies > 1 ? $" (and {claim.Copies - 1} more cop{(claim.Copies == 2 ? "y" : "ies")} of the story)" : "";
        return string.Join(", ", parts) + copies;
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
