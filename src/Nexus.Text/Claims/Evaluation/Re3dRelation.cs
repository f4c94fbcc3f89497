namespace Nexus.Text.Claims.Evaluation;

/// <summary>A re3d relation annotation: re3d type, the spans of its source and target, crowd confidence.</summary>
public sealed record Re3dRelation(string Type, TextSpan Source, TextSpan Target, double Confidence);
