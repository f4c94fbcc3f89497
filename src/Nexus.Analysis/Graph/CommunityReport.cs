namespace Nexus.Analysis.Graph;

/// <summary>The communities, largest first, and the modularity of the partition (−0.5..1; above about 0.3 is marked structure).</summary>
public sealed record CommunityReport(ImmutableArray<Community> Communities, double Modularity);
