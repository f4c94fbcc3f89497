using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// Turns what the claim stage knows about a claim (<see cref="ClaimFeatures"/>) into the probability that
/// its relation is right, so that of claims given 0.8 about eight in ten are right: the logistic of
/// <c>Intercept + Slope·logit(prior) + Σ Weights</c> over the claim's one-hot features, then, where the table has
/// one, an isotonic curve from that score to the share right. Each <see cref="CalibrationRecipe"/> is a case of
/// this form (the priors unchanged: slope 1, nothing else). Built by
/// <c>nexus train calibration</c> (<see cref="CalibrationTrainer"/>) into models/claim-calibration.json,
/// embedded in this assembly. Immutable and thread-safe.
/// </summary>
public sealed record CalibrationTable
{
    /// <summary>The embedded table's resource name.</summary>
    public const string ResourceName = "Nexus.Text.Models." + FileName;

    public const string FileName = "claim-calibration.json";

    /// <summary>Calibrated confidences stay inside this range: no pattern is ever certain.</summary>
    public const double Floor = 0.05;

    public const double Ceiling = 0.95;

    // A prior is kept off 0 and 1 before its logit is taken.
    private const double PriorBound = 0.01;

    // Relaxed escaping keeps the committed file readable ("re3d's"); it is never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public string Schema { get; init; } = "nexus.claim-calibration/2";

    public required CalibrationProvenance Provenance { get; init; }

    public required CalibrationRecipe Recipe { get; init; }

    public required double Intercept { get; init; }

    /// <summary>Weight of the logit of the claim's prior (<see cref="ClaimFeatures.Prior"/>); 0 where the recipe does not read it.</summary>
    public required double Slope { get; init; }

    /// <summary>Weight of each one-hot feature ("pattern=dep:against"); features not listed weigh nothing.</summary>
    public required ImmutableSortedDictionary<string, double> Weights { get; init; }

    /// <summary>The isotonic curve from score to probability, by increasing score and non-decreasing probability; empty where the recipe has none.</summary>
    public required ImmutableArray<CurvePoint> Curve { get; init; }

    /// <summary>The logistic score of the features, before the isotonic curve.</summary>
    public double Score(ClaimFeatures features)
    {
        var z = Intercept + Slope * Logit(features.Prior);
        foreach (var indicator in features.Indicators())
        {
            z += Weights.GetValueOrDefault(indicator);
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The calibrated probability that the claim's relation is right, rounded to two places.</summary>
    public double Calibrate(ClaimFeatures features) => Math.Round(Map(Score(features)), 2);

    /// <summary>The log-odds of a prior kept inside [0.01, 0.99].</summary>
    public static double Logit(double prior)
    {
        var p = Math.Clamp(prior, PriorBound, 1 - PriorBound);
        return Math.Log(p / (1 - p));
    }

    /// <summary>The isotonic curve at <paramref name="score"/>, linear between its points and flat beyond them; without a curve, the score kept in [<see cref="Floor"/>, <see cref="Ceiling"/>].</summary>
    public double Map(double score)
    {
        if (Curve.IsEmpty)
        {
            return Math.Clamp(score, Floor, Ceiling);
        }
        if (score <= Curve[0].Score)
        {
            return Curve[0].Probability;
        }
        for (var k = 1; k < Curve.Length; k++)
        {
            if (score <= Curve[k].Score)
            {
                var (a, b) = (Curve[k - 1], Curve[k]);
                var t = b.Score == a.Score ? 1 : (score - a.Score) / (b.Score - a.Score);
                return a.Probability + t * (b.Probability - a.Probability);
            }
        }
        return Curve[^1].Probability;
    }

    public static CalibrationTable Load(Stream stream) =>
        JsonSerializer.Deserialize<CalibrationTable>(stream, Json) ?? throw new InvalidDataException("The calibration table is empty.");

    /// <summary>The table built into this assembly.</summary>
    public static CalibrationTable LoadEmbedded()
    {
        using var stream = typeof(CalibrationTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new FileNotFoundException($"The claim calibration '{FileName}' is not embedded in this build; build it with 'nexus train calibration' into models/ and rebuild.");
        return Load(stream);
    }

    public void Save(Stream stream) => JsonSerializer.Serialize(stream, this, Json);
}
