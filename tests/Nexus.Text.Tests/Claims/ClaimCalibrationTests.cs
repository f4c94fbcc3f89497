using System.Globalization;
using Nexus.Resolution.ReferenceData;
using Nexus.Testing;
using Nexus.Text.Claims.Calibration;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Xunit.Abstractions;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// The committed claim calibration (models/claim-calibration.json) read as a specification: a monotone map
/// that the claim stage applies, and calibrated on documents it was never fitted on — the 14 documents of the
/// third-round and the 32 of the fourth-round blind holder and modality gold, whose every expected claim is listed.
/// </summary>
public sealed class ClaimCalibrationTests(ITestOutputHelper output)
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "models", CalibrationTable.FileName);

    [Fact]
    public void CommittedTableIsMonotoneBoundedAndEmbedded()
    {
        using var file = File.OpenRead(Committed);
        var table = CalibrationTable.Load(file);
        Assert.True(table.Curve.Length >= 2, "The calibration curve has fewer than two points.");
        foreach (var (a, b) in table.Curve.Zip(table.Curve.Skip(1)))
        {
            Assert.True(a.Score < b.Score, $"Curve scores are not increasing: {a.Score} then {b.Score}.");
            Assert.True(a.Probability <= b.Probability, $"Curve probabilities decrease: {a.Probability} then {b.Probability}.");
        }
        Assert.All(table.Curve, p => Assert.InRange(p.Probability, CalibrationTable.Floor, CalibrationTable.Ceiling));
        Assert.All(table.Weights.Values, w => Assert.True(double.IsFinite(w)));
        Assert.True(table.Provenance.CrossValidatedEce < table.Provenance.PriorEce,
            $"Cross-validated ECE {table.Provenance.CrossValidatedEce} does not improve on the priors' {table.Provenance.PriorEce}.");
        Assert.Equal([.. table.Curve], CalibrationTable.LoadEmbedded().Curve.ToArray());
    }

    [Fact]
    public void HeldOutDocumentsGetCalibratedConfidences()
    {
        using var file = File.OpenRead(Committed);
        var table = CalibrationTable.Load(file);
        var golds = new[] { "re3d-attribution-blind-3", "re3d-attribution-blind-4" }.ToDictionary(
            g => g, g => AttributionGold.Read(Path.Combine(AppContext.BaseDirectory, "Claims", "Gold", g + ".tsv")), StringComparer.Ordinal);
        var documents = golds.Values.SelectMany(rows => rows.Select(r => r.Document)).ToHashSet(StringComparer.Ordinal);
        var texts = Re3dRelationCorpus.Read(RepoPaths.SharedData("re3d")).Where(t => documents.Contains(AttributionMatcher.KeyOf(t))).ToList();
        var gazetteer = new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer);
        var pipeline = TextPipelines.Default(gazetteer, new ModelCatalog()).Build();
        var claims = texts.SelectMany(t => ClaimLabeler.Label(t, pipeline.Run(Document.Create(t.Text, new DocumentMetadata()), CancellationToken.None), golds)).ToList();

        // The stage's confidence is the table's value for the claim's features (none of which is the confidence).
        Assert.All(claims, c => Assert.Equal(table.Calibrate(c.Features), c.Claim.Confidence));
        foreach (var (name, own) in golds.Keys.Select(g => (g, claims.Where(c => c.Gold == g).ToList())).Append(("both", claims)))
        {
            var (ece, gap) = Check(own, table);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {own.Count} held-out claims, {own.Average(c => c.Target(table.Provenance.Rates)):F3} right; mean confidence {own.Average(c => c.Claim.Confidence):F3}; ECE {ece:F3}, gap {gap:F3}"));
        }
        // Checked on both golds' documents together: one round alone holds too few claims to tell noise from a miss.
        var (allEce, allGap) = Check(claims, table);
        Assert.True(claims.Count >= 100, $"Only {claims.Count} held-out claims were labelled.");
        Assert.True(allGap <= 0.15, $"Mean confidence is {allGap:F3} away from the observed share right.");
        Assert.True(allEce <= 0.20, $"Expected calibration error on held-out documents is {allEce:F3}.");
    }

    private static (double Ece, double Gap) Check(IReadOnlyList<LabeledClaim> claims, CalibrationTable table)
    {
        var observed = claims.Select(c => c.Target(table.Provenance.Rates)).ToList();
        var calibrated = claims.Select(c => c.Claim.Confidence).ToList();
        return (Reliability.ExpectedCalibrationError(calibrated, observed), Math.Abs(calibrated.Average() - observed.Average()));
    }
}
