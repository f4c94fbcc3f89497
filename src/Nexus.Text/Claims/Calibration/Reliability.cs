namespace Nexus.Text.Claims.Calibration;

/// <summary>Reliability tables and the expected calibration error of confidences against verdicts.</summary>
public static class Reliability
{
    public const int Bins = 10;

    /// <summary>
    /// Equal-width bins over [0, 1]; empty bins are left out. <paramref name="observed"/> holds each claim's
    /// probability of being right: 1 or 0 for a hand verdict.
    /// </summary>
    public static ImmutableArray<ReliabilityBin> Table(IReadOnlyList<double> predicted, IReadOnlyList<double> observed)
    {
        var bins = ImmutableArray.CreateBuilder<ReliabilityBin>();
        for (var b = 0; b < Bins; b++)
        {
            var (low, high) = ((double)b / Bins, (double)(b + 1) / Bins);
            var members = Enumerable.Range(0, predicted.Count).Where(i => BinOf(predicted[i]) == b).ToList();
            if (members.Count > 0)
            {
                bins.Add(new ReliabilityBin(low, high, members.Count, members.Average(i => predicted[i]), members.Average(i => observed[i])));
            }
        }
        return bins.ToImmutable();
    }

    /// <summary>The count-weighted mean gap between mean confidence and observed accuracy over the bins.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<double> predicted, IReadOnlyList<double> observed)
    {
        var table = Table(predicted, observed);
        var total = table.Sum(b => b.Count);
        return total == 0 ? 0 : table.Sum(b => b.Count * Math.Abs(b.MeanPredicted - b.Observed)) / total;
    }

    /// <summary>The mean squared gap between each claim's confidence and its probability of being right.</summary>
    public static double BrierScore(IReadOnlyList<double> predicted, IReadOnlyList<double> observed) =>
        predicted.Count == 0 ? 0 : Enumerable.Range(0, predicted.Count).Average(i => (predicted[i] - observed[i]) * (predicted[i] - observed[i]));

    private static int BinOf(double p) => Math.Min(Bins - 1, (int)Math.Floor(p * Bins));
}
