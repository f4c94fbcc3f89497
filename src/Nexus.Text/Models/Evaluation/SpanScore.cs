namespace Nexus.Text.Models.Evaluation;

/// <summary>
/// Counts for one entity type. Exact: same start, end and type. Lenient: same type and overlapping
/// spans, counted from each side (a prediction is right if it overlaps some gold of its type; a gold
/// entity is found if some prediction of its type overlaps it).
/// </summary>
public sealed record SpanScore(string Label, int Gold, int Predicted, int ExactMatches, int LenientPredicted, int LenientGold)
{
    public double ExactPrecision => Ratio(ExactMatches, Predicted);

    public double ExactRecall => Ratio(ExactMatches, Gold);

    public double ExactF1 => F1(ExactPrecision, ExactRecall);

    public double LenientPrecision => Ratio(LenientPredicted, Predicted);

    public double LenientRecall => Ratio(LenientGold, Gold);

    public double LenientF1 => F1(LenientPrecision, LenientRecall);

    public SpanScore Add(SpanScore other) => new(Label, Gold + other.Gold, Predicted + other.Predicted, ExactMatches + other.ExactMatches,
        LenientPredicted + other.LenientPredicted, LenientGold + other.LenientGold);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
