namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// One re3d document with the entity and relation annotations made on it; <c>Folder</c> is the
/// source folder it came from ("CENTCOM"), the unit of leave-one-source-out splits.
/// </summary>
public sealed record Re3dText(
    string Id, string Folder, string Title, string Text,
    ImmutableArray<Re3dAnnotation> Entities, ImmutableArray<Re3dRelation> Relations);
