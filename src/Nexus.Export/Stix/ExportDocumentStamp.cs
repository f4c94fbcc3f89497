namespace Nexus.Export.Stix;

/// <summary>When a document speaks and how it is marked: what its objects are stamped and marked with.</summary>
internal sealed record ExportDocumentStamp(DateTimeOffset Time, TlpMarking Marking);
