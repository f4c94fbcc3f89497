namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>What a reference-data build wrote: files, record counts and the gazetteer's statistics.</summary>
public sealed record BuildReport(
    ImmutableArray<BuiltFile> Files,
    int UnIndividuals,
    int UnEntities,
    int MispClusters,
    int Places,
    int Countries,
    GazetteerStatistics Gazetteer);
