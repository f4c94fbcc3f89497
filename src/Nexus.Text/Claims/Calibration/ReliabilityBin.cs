namespace Nexus.Text.Claims.Calibration;

/// <summary>Claims whose confidence falls in [<c>Low</c>, <c>High</c>): their mean confidence and the share that were right (the mean probability of being right, where a label is uncertain).</summary>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanPredicted, double Observed);
