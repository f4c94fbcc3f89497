namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// Fits a <see cref="CalibrationTable"/> by one <see cref="CalibrationRecipe"/> on labelled claims, scores every
/// candidate recipe by cross-validation and picks one. Each fit is a logistic regression (Newton's method on the
/// log-likelihood with a Gaussian prior on each weight) with each claim's probability of being right as its target;
/// the features-and-isotonic recipe then maps the score through an isotonic curve (pool-adjacent-violators), each
/// block holding at least <see cref="MinBlockShare"/> of the claims. Deterministic: the same claims give the same table.
/// </summary>
public static class CalibrationTrainer
{
    /// <summary>A feature value must occur this often among the training claims to get a weight.</summary>
    public const int MinCount = 10;

    /// <summary>Ridge on each feature weight of the features-and-isotonic recipe.</summary>
    public const double FeatureRidge = 8.0;

    /// <summary>Ridge pulling Platt's slope toward 1 and its intercept toward 0: light, two parameters on 300-odd claims.</summary>
    public const double PlattRidge = 2.0;

    /// <summary>Ridge on the few feature weights added to Platt's two: strong, so they only nudge the recalibrated prior.</summary>
    public const double NudgeRidge = 25.0;

    /// <summary>The feature groups added to Platt's: what the pattern's prior does not already say.</summary>
    public static readonly ImmutableArray<string> NudgeGroups = ["modality", "distance", "arguments"];

    /// <summary>The least share of the claims a point of the isotonic curve stands for.</summary>
    public const double MinBlockShare = 0.15;

    /// <summary>The candidates compared, each fitted on the hand verdicts alone and with re3d's soft labels too (the priors fit nothing).</summary>
    public static readonly ImmutableArray<(CalibrationRecipe Recipe, bool SoftLabels)> Candidates =
    [
        (CalibrationRecipe.Priors, false),
        .. new[] { CalibrationRecipe.Platt, CalibrationRecipe.FeaturesIsotonic, CalibrationRecipe.PlattFeatures }
            .SelectMany(r => new[] { (r, false), (r, true) }),
    ];

    private const int NewtonSteps = 25;

    /// <summary>
    /// The table of <paramref name="recipe"/> fitted on the hand verdicts among <paramref name="claims"/>, and with
    /// <paramref name="softLabels"/> on the others too, each weighing as re3d's verdict is worth (<see cref="LabelRates"/>
    /// estimated on these claims).
    /// </summary>
    public static CalibrationTable Fit(CalibrationRecipe recipe, bool softLabels, IReadOnlyList<LabeledClaim> claims, CalibrationProvenance provenance)
    {
        var rates = LabelRates.Estimate(claims);
        var used = claims.Where(c => softLabels || c.Judged is not null).ToList();
        var targets = used.Select(c => c.Target(rates)).ToArray();
        var table = recipe switch
        {
            CalibrationRecipe.Priors => Table(recipe, provenance, [0, 1], []),
            CalibrationRecipe.Platt => FitLogistic(recipe, used, targets, provenance, [], PlattRidge, 0),
            CalibrationRecipe.FeaturesIsotonic => FitLogistic(recipe, used, targets, provenance, null, 1e-6, FeatureRidge),
            CalibrationRecipe.PlattFeatures => FitLogistic(recipe, used, targets, provenance, NudgeGroups, PlattRidge, NudgeRidge),
            _ => throw new ArgumentOutOfRangeException(nameof(recipe), recipe, "Unknown calibration recipe."),
        };
        if (recipe != CalibrationRecipe.FeaturesIsotonic)
        {
            return table;
        }
        var scores = used.Select(c => table.Score(c.Features)).ToArray();
        return table with { Curve = Isotonic(scores, targets, Math.Max(1, MinBlockShare * used.Count)) };
    }

    /// <summary>
    /// The confidence each claim judged by hand gets from a table fitted without the claims that share its
    /// <paramref name="fold"/> (its source folder, its gold); NaN for the claims no gold judged. In the order given.
    /// </summary>
    public static double[] CrossValidate(
        CalibrationRecipe recipe, bool softLabels, IReadOnlyList<LabeledClaim> claims, Func<LabeledClaim, string?> fold, CalibrationProvenance provenance)
    {
        var predicted = Enumerable.Repeat(double.NaN, claims.Count).ToArray();
        foreach (var key in claims.Where(c => c.Judged is not null).Select(fold).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var table = Fit(recipe, softLabels, [.. claims.Where(c => fold(c) != key)], provenance);
            for (var i = 0; i < claims.Count; i++)
            {
                if (claims[i].Judged is not null && fold(claims[i]) == key)
                {
                    predicted[i] = table.Calibrate(claims[i].Features);
                }
            }
        }
        return predicted;
    }

    /// <summary>
    /// Every candidate's scores on the claims judged by hand, cross-validated by source folder and by gold (folders
    /// and golds in ordinal order, so the scores are reproducible), and the one chosen: the least folder ECE among
    /// the candidates whose folder Brier score is no worse than the priors'.
    /// </summary>
    public static (ImmutableArray<CandidateScore> Scores, CandidateScore Chosen) Compare(IReadOnlyList<LabeledClaim> claims, CalibrationProvenance provenance)
    {
        var judged = Enumerable.Range(0, claims.Count).Where(i => claims[i].Judged is not null).ToList();
        var observed = judged.Select(i => claims[i].Judged == true ? 1.0 : 0.0).ToList();
        var scores = Candidates.Select(candidate =>
        {
            var byFolder = CrossValidate(candidate.Recipe, candidate.SoftLabels, claims, c => c.Folder, provenance);
            var byGold = CrossValidate(candidate.Recipe, candidate.SoftLabels, claims, c => c.Gold, provenance);
            var (folder, gold) = (judged.Select(i => byFolder[i]).ToList(), judged.Select(i => byGold[i]).ToList());
            return new CandidateScore(
                candidate.Recipe, candidate.SoftLabels, judged.Count,
                Round(Reliability.ExpectedCalibrationError(folder, observed)), Round(Reliability.BrierScore(folder, observed)),
                Round(Reliability.ExpectedCalibrationError(gold, observed)), Round(Reliability.BrierScore(gold, observed)));
        }).ToImmutableArray();
        var priors = scores.Single(s => s.Recipe == CalibrationRecipe.Priors);
        var chosen = scores.Where(s => s.FolderBrier <= priors.FolderBrier).MinBy(s => s.FolderEce)!;
        return (scores, chosen);
    }

    private static double Round(double value) => Math.Round(value, 4);

    // Columns: the intercept, the prior's logit (unless groups is null: the features recipe ignores the prior), then each
    // feature value of the groups (all of them for null) seen on at least MinCount claims. Platt's slope is pulled
    // toward 1, every other weight toward 0; the intercept lightly for Platt (toward the priors' level), barely for the features.
    private static CalibrationTable FitLogistic(
        CalibrationRecipe recipe, IReadOnlyList<LabeledClaim> claims, double[] targets, CalibrationProvenance provenance,
        IReadOnlyList<string>? groups, double interceptRidge, double featureRidge)
    {
        var readsPrior = groups is not null;
        var vocabulary = claims.SelectMany(c => c.Features.Indicators())
            .Where(f => groups is null || groups.Any(g => f.StartsWith(g + "=", StringComparison.Ordinal)))
            .GroupBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinCount)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var column = vocabulary.Select((f, k) => (f, k)).ToDictionary(p => p.f, p => p.k + 2, StringComparer.Ordinal);
        var width = vocabulary.Count + 2;
        var mean = new double[width];
        var ridge = new double[width];
        ridge[0] = interceptRidge;
        // Without the prior its column is all zeros and its weight stays 0.
        (mean[1], ridge[1]) = readsPrior ? (1, PlattRidge) : (0, 1);
        for (var k = 2; k < width; k++)
        {
            ridge[k] = featureRidge;
        }
        var rows = claims.Select(c =>
        {
            var x = new double[width];
            x[0] = 1;
            x[1] = readsPrior ? CalibrationTable.Logit(c.Features.Prior) : 0;
            foreach (var f in c.Features.Indicators().Where(column.ContainsKey))
            {
                x[column[f]] = 1;
            }
            return x;
        }).ToList();
        var w = (double[])mean.Clone();
        for (var step = 0; step < NewtonSteps; step++)
        {
            var gradient = new double[width];
            var hessian = new double[width, width];
            for (var i = 0; i < rows.Count; i++)
            {
                var x = rows[i];
                var p = Sigmoid(w.Zip(x, (a, b) => a * b).Sum());
                var s = p * (1 - p);
                for (var a = 0; a < width; a++)
                {
                    gradient[a] += (p - targets[i]) * x[a];
                    for (var b = 0; b < width; b++)
                    {
                        hessian[a, b] += s * x[a] * x[b];
                    }
                }
            }
            for (var a = 0; a < width; a++)
            {
                gradient[a] += ridge[a] * (w[a] - mean[a]);
                hessian[a, a] += ridge[a];
            }
            var delta = Solve(hessian, gradient);
            for (var a = 0; a < width; a++)
            {
                w[a] -= delta[a];
            }
        }
        return Table(recipe, provenance, [w[0], w[1]], vocabulary.Select((f, k) => (f, w[k + 2])));
    }

    private static CalibrationTable Table(CalibrationRecipe recipe, CalibrationProvenance provenance, double[] interceptAndSlope, IEnumerable<(string Feature, double Weight)> weights) => new()
    {
        Provenance = provenance,
        Recipe = recipe,
        Intercept = Math.Round(interceptAndSlope[0], 6),
        Slope = Math.Round(interceptAndSlope[1], 6),
        Weights = weights.ToImmutableSortedDictionary(p => p.Feature, p => Math.Round(p.Weight, 6), StringComparer.Ordinal),
        Curve = [],
    };

    // Pool adjacent violators over the scores (equal scores pooled first), merging any block lighter than
    // minWeight into its neighbour; the values are clamped to the table's range.
    private static ImmutableArray<CurvePoint> Isotonic(double[] scores, double[] targets, double minWeight)
    {
        var blocks = new List<(double Score, double Value, double Weight)>();
        foreach (var group in Enumerable.Range(0, scores.Length).GroupBy(i => Math.Round(scores[i], 6)).OrderBy(g => g.Key))
        {
            blocks.Add((group.Key, group.Average(i => targets[i]), group.Count()));
            while (blocks.Count > 1 && (blocks[^2].Value >= blocks[^1].Value || blocks[^2].Weight < minWeight))
            {
                MergeLast(blocks);
            }
        }
        while (blocks.Count > 1 && blocks[^1].Weight < minWeight)
        {
            MergeLast(blocks);
        }
        return [.. blocks.Select(b => new CurvePoint(Math.Round(b.Score, 6), Math.Round(Math.Clamp(b.Value, CalibrationTable.Floor, CalibrationTable.Ceiling), 4)))];
    }

    private static void MergeLast(List<(double Score, double Value, double Weight)> blocks)
    {
        var (a, b) = (blocks[^2], blocks[^1]);
        var weight = a.Weight + b.Weight;
        blocks.RemoveRange(blocks.Count - 2, 2);
        blocks.Add(((a.Score * a.Weight + b.Score * b.Weight) / weight, (a.Value * a.Weight + b.Value * b.Weight) / weight, weight));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    // Gaussian elimination with partial pivoting; the ridge keeps the system positive definite.
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(a[r, col]));
            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
                }
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            for (var r = col + 1; r < n; r++)
            {
                var factor = a[r, col] / a[col, col];
                for (var k = col; k < n; k++)
                {
                    a[r, k] -= factor * a[col, k];
                }
                b[r] -= factor * b[col];
            }
        }
        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= a[r, k] * x[k];
            }
            x[r] = sum / a[r, r];
        }
        return x;
    }
}
