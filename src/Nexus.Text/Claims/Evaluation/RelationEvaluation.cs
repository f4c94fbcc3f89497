namespace Nexus.Text.Claims.Evaluation;

/// <summary>Relation scores over a re3d selection: per type, overall (micro), per source folder, and every outcome.</summary>
public sealed record RelationEvaluation(
    int Documents,
    ImmutableArray<RelationScore> ByType,
    RelationScore Overall,
    ImmutableArray<RelationScore> ByFolder,
    ImmutableArray<RelationOutcome> Outcomes);
