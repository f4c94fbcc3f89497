using System.Text.Json;

namespace Nexus.Engine.Extraction;

/// <summary>
/// Writes an annotated document as schema <c>nexus.extraction/1</c> (DESIGN §3). Fields may be
/// added; none may be renamed or dropped without a schema version bump.
/// </summary>
public static class ExtractionJson
{
    public const string Schema = "nexus.extraction/1";

    public static ExtractionDto ToDto(AnnotatedDocument annotated)
    {
        var document = annotated.Document;
        var metadata = document.Metadata;
        return new ExtractionDto(
            Schema,
            new DocumentDto(
                document.Id, metadata.Title, metadata.Publisher, metadata.Origin, [.. metadata.Authors],
                Dates.Iso(metadata.Published),
                metadata.PublishedTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                metadata.Source, metadata.Format, metadata.Language, Tlp.Format(metadata.Marking), metadata.Reliability.ToString(),
                [.. metadata.Credits], document.Text),
            [.. annotated.Mentions.Select(m => new MentionDto(
                m.Span.Start, m.Span.End, m.Text, m.Type, m.Kind, m.EntityKey, m.Confidence, m.Source, [.. m.Refs]))],
            [.. annotated.Entities.Select(e => new EntityDto(e.Key, e.Type, e.Kind, e.Name, [.. e.Aliases], [.. e.Refs]))],
            [.. annotated.Claims.Select(c => ClaimDto(annotated.Text, c))]);
    }

    public static string Serialize(AnnotatedDocument annotated, bool indented) =>
        JsonSerializer.Serialize(ToDto(annotated), indented ? NexusJson.Indented : NexusJson.Options);

    private static ClaimDto ClaimDto(string text, Claim c) => new(
        c.Id, c.Subject, c.Predicate, c.Object, c.Role, c.Item, [.. c.Kinds], c.Count,
        c.Time is { } t ? new TimeDto(t.Text, Dates.Iso(t.Start), Dates.Iso(t.End), t.Granularity, t.Qualifier) : null,
        c.Place, c.Modality, c.Likelihood, c.Polarity,
        HolderDto.From(c.Holder),
        c.Cue,
        new EvidenceDto(c.Evidence.Start, c.Evidence.End, c.Evidence.Of(text)),
        c.Trigger is { } trigger ? new SpanDto(trigger.Start, trigger.End) : null,
        c.Confidence,
        c.Pattern);
}
