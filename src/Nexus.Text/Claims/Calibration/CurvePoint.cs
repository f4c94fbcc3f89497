namespace Nexus.Text.Claims.Calibration;

/// <summary>A point of the isotonic curve: claims whose score is about <c>Score</c> are right with this <c>Probability</c>.</summary>
public sealed record CurvePoint(double Score, double Probability);
