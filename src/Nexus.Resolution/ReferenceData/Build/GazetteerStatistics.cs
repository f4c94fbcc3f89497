namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>What compiling the mention gazetteer kept and dropped, for the build report and NOTICE.</summary>
/// <param name="Candidates">Surfaces offered by the lists (before de-duplication).</param>
/// <param name="Dropped">Candidates dropped as unclean or as common words.</param>
/// <param name="Entries">Entries written.</param>
/// <param name="CaseSensitive">Entries matched only in their own case.</param>
/// <param name="CorpusTokens">Word tokens of the corpora the counts come from.</param>
/// <param name="ThreatActorHitsNaive">Matches of all threat-actor surfaces in the corpora, ignoring case: all noise, as the corpora have no cyber reporting.</param>
/// <param name="ThreatActorHitsKept">The same for the threat-actor entries kept, each in its own case mode.</param>
public sealed record GazetteerStatistics(
    int Candidates,
    int Dropped,
    int Entries,
    int CaseSensitive,
    long CorpusTokens,
    int ThreatActorHitsNaive,
    int ThreatActorHitsKept);
