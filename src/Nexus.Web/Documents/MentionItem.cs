namespace Nexus.Web.Documents;

/// <summary>
/// A mention as a <c>[start, end)</c> span of the document text, with the name of the document entity
/// it belongs to and, when known, that entity's global id (else the UI looks the name up).
/// </summary>
public sealed record MentionItem(int Start, int End, EntityType Type, string? EntityKey, string? EntityName, string? EntityId)
{
    public static MentionItem From(Mention mention, DocumentEntity? entity, string? entityId) =>
        new(mention.Span.Start, mention.Span.End, mention.Type, mention.EntityKey, entity?.Name ?? mention.Text, entityId);
}
