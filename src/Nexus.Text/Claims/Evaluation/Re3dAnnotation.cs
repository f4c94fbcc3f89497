namespace Nexus.Text.Claims.Evaluation;

/// <summary>A re3d entity annotation: its character span, re3d type and crowd confidence.</summary>
public sealed record Re3dAnnotation(TextSpan Span, string Type, double Confidence);
