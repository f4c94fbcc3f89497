namespace Nexus.Text.Models.Corpora;

/// <summary>A re3d entity annotation: character offsets <c>[Begin, End)</c>, re3d type, crowd confidence.</summary>
public sealed record Re3dEntity(int Begin, int End, string Type, double Confidence);
