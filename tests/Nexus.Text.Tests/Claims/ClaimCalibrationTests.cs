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
/// The committed claim calibration (models/claim-calibration.json) read as a specification: a monotone, bounded map
/// that the claim stage applies, whose recipe was chosen by cross-validation on the claims of the four hand golds,
/// and whose confidences on those golds' documents, read with the shipped models, match the share right.
/// </summary>
public sealed class ClaimCalibrationTests(ITestOutputHelper output)
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "models", CalibrationTable.FileName);

    private static readonly string[] Golds = ["re3d-attribution", "re3d-attribution-blind", "re3d-attribution-blind-3", "re3d-attribution-blind-4"];

    /// <summary>The cross-validated ECE (by source folder, on the hand-judged claims) the shipped recipe must stay under.</summary>
    private const double CrossValidatedEceBound = 0.10;

    private static CalibrationTable LoadCommitted()
    {
        using var file = File.OpenRead(Committed);
        return CalibrationTable.Load(file);
    }

    [Fact]
    public void CommittedTableIsMonotoneBoundedAndEmbedded()
    {
        var table = LoadCommitted();
        Assert.True(table.Slope >= 0, $"The calibration decreases with the prior (slope {table.Slope}).");
        foreach (var (a, b) in table.Curve.Zip(table.Curve.Skip(1)))
        {
            Assert.True(a.Score < b.Score, $"Curve scores are not increasing: {a.Score} then {b.Score}.");
            Assert.True(a.Probability <= b.Probability, $"Curve probabilities decrease: {a.Probability} then {b.Probability}.");
        }
        Assert.All(table.Weights.Values, w => Assert.True(double.IsFinite(w)));
        foreach (var features in table.Weights.Keys.Select(Features).Append(Features("pattern=verb")))
        {
            var confidences = Enumerable.Range(0, 101).Select(k => table.Calibrate(features with { Prior = k / 100.0 })).ToList();
            Assert.All(confidences, c => Assert.InRange(c, CalibrationTable.Floor, CalibrationTable.Ceiling));
            Assert.True(confidences.Zip(confidences.Skip(1)).All(p => p.First <= p.Second), $"The calibration is not monotone in the prior for {features}.");
        }
        var embedded = CalibrationTable.LoadEmbedded();
        Assert.Equal((table.Recipe, table.Slope, table.Intercept), (embedded.Recipe, embedded.Slope, embedded.Intercept));
        Assert.Equal([.. table.Weights], embedded.Weights.ToArray());
        Assert.Equal([.. table.Curve], embedded.Curve.ToArray());
    }

    [Fact]
    public void CommittedRecipeIsTheCrossValidatedChoice()
    {
        var provenance = LoadCommitted().Provenance;
        Assert.Equal(CalibrationTrainer.Candidates.Length, provenance.Candidates.Length);
        // The four golds give about 250 hand-judged claims (the count moves as patterns change); far fewer means a gold was left out.
        Assert.True(provenance.Judged >= 200, $"Only {provenance.Judged} hand-judged claims were compared on.");
        var priors = provenance.Candidates.Single(c => c.Recipe == CalibrationRecipe.Priors);
        var chosen = provenance.Chosen;
        Assert.Equal(LoadCommitted().Recipe, chosen.Recipe);
        Assert.True(chosen.FolderEce <= CrossValidatedEceBound, $"Cross-validated ECE {chosen.FolderEce} is above {CrossValidatedEceBound}.");
        Assert.True(chosen.FolderEce <= priors.FolderEce, $"Cross-validated ECE {chosen.FolderEce} is above the priors' {priors.FolderEce}.");
        Assert.True(chosen.FolderBrier <= priors.FolderBrier, $"Cross-validated Brier {chosen.FolderBrier} is above the priors' {priors.FolderBrier}.");
        Assert.DoesNotContain(provenance.Candidates, c => c.FolderBrier <= priors.FolderBrier && c.FolderEce < chosen.FolderEce);
    }

    [Fact]
    public void PlattRecalibrationLearnsAnOverconfidentPrior()
    {
        // Claims at prior 0.9 right half the time, at 0.3 a tenth of the time: Platt must pull the first down and keep the order.
        var claims = Enumerable.Range(0, 200).Select(i => Labeled(i < 100 ? 0.9 : 0.3, i < 100 ? i % 2 == 0 : i % 10 == 0)).ToList();
        var provenance = LoadCommitted().Provenance;
        var table = CalibrationTrainer.Fit(CalibrationRecipe.Platt, false, claims, provenance);
        var (high, low) = (table.Calibrate(claims[0].Features), table.Calibrate(claims[^1].Features));
        Assert.InRange(high, 0.45, 0.65);
        Assert.InRange(low, 0.05, 0.25);
        Assert.Equal(0.9, CalibrationTrainer.Fit(CalibrationRecipe.Priors, false, claims, provenance).Calibrate(claims[0].Features));
    }

    [Fact]
    public void GoldDocumentsGetCalibratedConfidences()
    {
        var table = LoadCommitted();
        var golds = Golds.ToDictionary(
            g => g, g => AttributionGold.Read(Path.Combine(AppContext.BaseDirectory, "Claims", "Gold", g + ".tsv")), StringComparer.Ordinal);
        var documents = golds.Values.SelectMany(rows => rows.Select(r => r.Document)).ToHashSet(StringComparer.Ordinal);
        var texts = Re3dRelationCorpus.Read(RepoPaths.SharedData("re3d")).Where(t => documents.Contains(AttributionMatcher.KeyOf(t))).ToList();
        var gazetteer = new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer);
        var pipeline = TextPipelines.Default(gazetteer, new ModelCatalog()).Build();
        var claims = texts.SelectMany(t => ClaimLabeler.Label(t, pipeline.Run(Document.Create(t.Text, new DocumentMetadata()), CancellationToken.None), golds))
            .Where(c => c.Judged is not null)
            .ToList();
        foreach (var (name, own) in Golds.Select(g => (g, claims.Where(c => c.Gold == g).ToList())).Append(("all", claims)))
        {
            var (ece, gap) = Check(own);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {own.Count} claims judged by hand, {own.Average(c => c.Judged == true ? 1.0 : 0.0):F3} right; mean confidence {own.Average(c => c.Claim.Confidence):F3}; ECE {ece:F3}, gap {gap:F3}"));
        }
        // Checked on all golds together: one round alone holds too few claims to tell noise from a miss.
        var (allEce, allGap) = Check(claims);
        Assert.True(claims.Count >= 250, $"Only {claims.Count} claims were judged by hand.");
        Assert.All(claims, c => Assert.InRange(c.Claim.Confidence, CalibrationTable.Floor, CalibrationTable.Ceiling));
        Assert.True(allGap <= 0.08, $"Mean confidence is {allGap:F3} away from the share right.");
        Assert.True(allEce <= 0.12, $"Expected calibration error on the golds' documents is {allEce:F3}.");
    }

    private static (double Ece, double Gap) Check(IReadOnlyList<LabeledClaim> claims)
    {
        var observed = claims.Select(c => c.Judged == true ? 1.0 : 0.0).ToList();
        var confidences = claims.Select(c => c.Claim.Confidence).ToList();
        return (Reliability.ExpectedCalibrationError(confidences, observed), Math.Abs(confidences.Average() - observed.Average()));
    }

    // Features with the one-hot value given ("distance=far") and neutral others.
    private static ClaimFeatures Features(string indicator)
    {
        var (name, value) = (indicator.Split('=')[0], indicator.Split('=', 2)[1]);
        return new ClaimFeatures(
            name == "pattern" ? value : "verb", 0.5, name == "distance" ? value : "near", name == "modality" ? value : "asserted",
            name == "arguments" ? value : "lists", name == "relation" ? value : "CoLocated");
    }

    private static LabeledClaim Labeled(double prior, bool right) => new(
        "folder", "document",
        new Claim
        {
            Id = "c1",
            Subject = "e1",
            Predicate = Predicate.AssociatedWith,
            Modality = Modality.Asserted,
            Holder = Holder.Author(null),
            Evidence = new TextSpan(0, 1),
            Confidence = prior,
        },
        Features("pattern=verb") with { Prior = prior }, right, "gold", null);
}
