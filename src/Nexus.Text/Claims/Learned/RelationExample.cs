namespace Nexus.Text.Claims.Learned;

/// <summary>
/// One pair of mentions of a training sentence: its hashed features and its classes of
/// <see cref="RelationLabels.All"/> (several when re3d gives the pair more than one relation; "none" alone when it gives none).
/// </summary>
internal sealed record RelationExample(ulong[] Features, int[] Labels);
