namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Relation scores over a re3d selection: per type, overall (micro) and per source folder, on every mapped
/// relation and on those in scope (<see cref="Re3dRelationScope"/>), and every outcome.
/// </summary>
public sealed record RelationEvaluation(
    int Documents,
    ImmutableArray<RelationScore> ByType,
    RelationScore Overall,
    ImmutableArray<RelationScore> ByFolder,
    ImmutableArray<RelationOutcome> Outcomes)
{
    public required ImmutableArray<RelationScore> InScopeByType { get; init; }

    public required RelationScore InScopeOverall { get; init; }

    public required ImmutableArray<RelationScore> InScopeByFolder { get; init; }
}
