using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>A Louvain community: entities more densely linked to each other than to the rest.</summary>
public sealed record Community(int Id, ImmutableArray<AssessedEntity> Members);
