namespace Nexus.Export.Stix;

/// <summary>What an import did: documents added and already stored, claims and curations added, objects Nexus has no place for.</summary>
public sealed record StixImportSummary(int Added, int AlreadyStored, int Claims, int Curations, int Ignored);
