using System.Globalization;
using Nexus.Export.Snapshots;
using Nexus.Export.Statements;

namespace Nexus.Export.Tables;

/// <summary>
/// Two RFC 4180 tables for spreadsheets and scripts: entities, and claims with their evidence. A
/// claim row keeps its holder, modality, polarity, hedged statement, evidence text and span, grade
/// and whether the analyst rejected it; nothing is dropped so that a filter is the reader's choice.
/// </summary>
public static class CsvExporter
{
    public static readonly ImmutableArray<string> EntityColumns =
        ["id", "type", "kind", "name", "aliases", "refs", "latitude", "longitude", "documents", "claims"];

    public static readonly ImmutableArray<string> ClaimColumns =
    [
        "id", "document", "subject_id", "subject", "predicate", "object_id", "object", "role", "item", "kinds", "count",
        "time", "start", "end", "place", "modality", "likelihood", "polarity", "holder", "holder_kind", "holder_via", "cue",
        "statement", "evidence", "evidence_start", "evidence_end", "extraction_confidence", "grade",
        "independent_sources", "contested", "rejected", "document_title", "publisher", "published",
    ];

    public static async Task WriteEntitiesAsync(ExportSnapshot snapshot, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var documents = snapshot.Documents.SelectMany(d => d.Entities.Select(e => (e.EntityId, d.Id))).Where(x => x.EntityId is not null)
            .Distinct().GroupBy(x => x.EntityId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var claims = snapshot.Claims.SelectMany(c => new[] { c.Subject.EntityId, c.Object?.EntityId }.OfType<string>().Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        await RowAsync(output, EntityColumns);
        foreach (var entity in snapshot.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await RowAsync(output,
            [
                entity.Id, EnumNames.Snake(entity.Type), entity.Kind is { } kind ? EnumNames.Snake(kind) : "", entity.Name,
                string.Join("; ", entity.Aliases.Select(a => a.Name)), string.Join("; ", entity.Refs),
                Number(entity.Coordinates?.Latitude), Number(entity.Coordinates?.Longitude),
                documents.GetValueOrDefault(entity.Id).ToString(CultureInfo.InvariantCulture),
                claims.GetValueOrDefault(entity.Id).ToString(CultureInfo.InvariantCulture),
            ]);
        }
    }

    public static async Task WriteClaimsAsync(ExportSnapshot snapshot, TextWriter output, CancellationToken cancellationToken)
    {
        var index = new SnapshotIndex(snapshot);
        await RowAsync(output, ClaimColumns);
        foreach (var stored in snapshot.Claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claim = stored.Claim;
            var assertion = index.AssertionOf(stored);
            await RowAsync(output,
            [
                stored.Id, stored.DocumentId, stored.Subject.EntityId ?? "", stored.Subject.Name, EnumNames.Snake(claim.Predicate),
                stored.Object?.EntityId ?? "", stored.Object?.Name ?? "", claim.Role ?? "", claim.Item ?? "", string.Join("; ", claim.Kinds),
                claim.Count?.ToString(CultureInfo.InvariantCulture) ?? "", claim.Time?.Text ?? "", Engine.Dates.Iso(claim.Time?.Start) ?? "",
                Engine.Dates.Iso(claim.Time?.End) ?? "", stored.Place?.Name ?? "", EnumNames.Snake(claim.Modality), claim.Likelihood ?? "",
                EnumNames.Snake(claim.Polarity), claim.Holder.Text, EnumNames.Snake(claim.Holder.Kind), ClaimStatement.Relayers(claim.Holder), claim.Cue ?? "",
                ClaimStatement.Of(stored), stored.EvidenceText, claim.Evidence.Start.ToString(CultureInfo.InvariantCulture),
                claim.Evidence.End.ToString(CultureInfo.InvariantCulture), Number(claim.Confidence), assertion?.Grade.ToString() ?? "",
                assertion?.IndependentSources.ToString(CultureInfo.InvariantCulture) ?? "", assertion is { Contested: true } ? "true" : "false",
                stored.Rejected ? "true" : "false", stored.DocumentTitle ?? "", stored.Publisher ?? "", Engine.Dates.Iso(stored.DocumentPublished) ?? "",
            ]);
        }
    }

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private static Task RowAsync(TextWriter output, IEnumerable<string> cells) =>
        output.WriteAsync(string.Join(",", cells.Select(Quote)) + "\r\n");

    /// <summary>RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
    internal static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
