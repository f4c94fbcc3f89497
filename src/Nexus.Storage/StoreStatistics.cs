namespace Nexus.Storage;

/// <summary>Counts for status lines and the overview page.</summary>
public sealed record StoreStatistics(int Documents, int Mentions, int Entities, int Claims, int Curations, int SchemaVersion);
