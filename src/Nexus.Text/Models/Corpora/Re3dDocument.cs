namespace Nexus.Text.Models.Corpora;

/// <summary>A re3d document with its source folder (the unit of leave-one-source-out splits).</summary>
public sealed record Re3dDocument(string Id, string Source, string Text, ImmutableArray<Re3dEntity> Entities);
