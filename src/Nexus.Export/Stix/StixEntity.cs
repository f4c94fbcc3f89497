namespace Nexus.Export.Stix;

/// <summary>
/// A thing that becomes one STIX domain object: a global entity, or a document-local entity that
/// resolution left out. <see cref="Key"/> names it for <see cref="StixIds"/>.
/// </summary>
internal sealed record StixEntity(string Key, Entity Entity, bool Global)
{
    public List<ExportDocumentStamp> Documents { get; } = [];

    public static string GlobalKey(string entityId) => "entity:" + entityId;

    public static string LocalKey(string documentId, string key) => "document-entity:" + documentId + "#" + key;
}
