namespace Nexus.Analysis.Graph;

/// <summary>A link of an ego network: two entity ids, the best grade between them and the assertions.</summary>
public sealed record EgoLink(string From, string To, AdmiraltyGrade Grade, ImmutableArray<string> Assertions);
