namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// Fits a <see cref="CalibrationTable"/> on labelled claims: an L2-regularised logistic regression over the
/// claim features (Newton's method) with each claim's probability of being right as its target, then an isotonic curve (pool-adjacent-violators) from the logistic score
/// to the observed share of right claims, each block of the curve holding at least <see cref="MinBlockShare"/>
/// of the claims so that no point rests on a handful of them (a binned reliability map kept monotone).
/// Deterministic: the same claims give the same table.
/// </summary>
public static class CalibrationTrainer
{
    /// <summary>A feature value must occur this often among the training claims to get a weight.</summary>
    public const int MinCount = 10;

    /// <summary>Strength of the Gaussian prior on each weight (the ridge of the regression).</summary>
    public const double Ridge = 8.0;

    /// <summary>The least share of the claims a point of the isotonic curve stands for.</summary>
    public const double MinBlockShare = 0.15;

    private const int NewtonSteps = 25;

    /// <summary>
    /// The table fitted on every claim given, each weighing as the probability that it is right (a hand verdict,
    /// or re3d's verdict as much as <see cref="LabelRates"/> estimated on these claims makes it worth).
    /// </summary>
    public static CalibrationTable Fit(IReadOnlyList<LabeledClaim> claims, CalibrationProvenance provenance)
    {
        var rates = LabelRates.Estimate(claims);
        var targets = claims.Select(c => c.Target(rates)).ToArray();
        var logistic = FitLogistic(claims, targets, provenance);
        var scores = claims.Select(c => logistic.Score(c.Features)).ToArray();
        return logistic with { Curve = Isotonic(scores, targets, Math.Max(1, MinBlockShare * claims.Count)) };
    }

    /// <summary>
    /// The confidence each claim gets from a table fitted without its source folder (leave-one-source-out),
    /// in the order given.
    /// </summary>
    public static double[] CrossValidate(IReadOnlyList<LabeledClaim> claims, CalibrationProvenance provenance)
    {
        var predicted = new double[claims.Count];
        foreach (var folder in claims.Select(c => c.Folder).Distinct(StringComparer.Ordinal))
        {
            var table = Fit([.. claims.Where(c => c.Folder != folder)], provenance);
            for (var i = 0; i < claims.Count; i++)
            {
                if (claims[i].Folder == folder)
                {
                    predicted[i] = table.Calibrate(claims[i].Features);
                }
            }
        }
        return predicted;
    }

    // Newton's method on the penalised log-likelihood; the intercept is not penalised.
    private static CalibrationTable FitLogistic(IReadOnlyList<LabeledClaim> claims, double[] targets, CalibrationProvenance provenance)
    {
        var vocabulary = claims.SelectMany(c => c.Features.Indicators())
            .GroupBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinCount)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var column = vocabulary.Select((f, k) => (f, k)).ToDictionary(p => p.f, p => p.k + 1, StringComparer.Ordinal);
        var width = vocabulary.Count + 1;
        var rows = claims.Select((c, i) =>
        {
            var active = c.Features.Indicators().Where(column.ContainsKey).Select(f => column[f]).ToList();
            return (Active: active, Y: targets[i]);
        }).ToList();
        var w = new double[width];
        for (var step = 0; step < NewtonSteps; step++)
        {
            var gradient = new double[width];
            var hessian = new double[width, width];
            foreach (var (active, y) in rows)
            {
                var x = Dense(width, active);
                var p = Sigmoid(Dot(w, x));
                var s = p * (1 - p);
                for (var a = 0; a < width; a++)
                {
                    if (x[a] == 0)
                    {
                        continue;
                    }
                    gradient[a] += (p - y) * x[a];
                    for (var b = 0; b < width; b++)
                    {
                        hessian[a, b] += s * x[a] * x[b];
                    }
                }
            }
            for (var a = 0; a < width; a++)
            {
                var ridge = a == 0 ? 1e-6 : Ridge;
                gradient[a] += ridge * w[a];
                hessian[a, a] += ridge;
            }
            var delta = Solve(hessian, gradient);
            for (var a = 0; a < width; a++)
            {
                w[a] -= delta[a];
            }
        }
        return new CalibrationTable
        {
            Provenance = provenance,
            Intercept = Math.Round(w[0], 6),
            Weights = vocabulary.Select((f, k) => (f, k)).ToImmutableSortedDictionary(p => p.f, p => Math.Round(w[p.k + 1], 6), StringComparer.Ordinal),
            Curve = [],
        };
    }

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

    private static double[] Dense(int width, List<int> active)
    {
        var x = new double[width];
        x[0] = 1;
        foreach (var k in active)
        {
            x[k] = 1;
        }
        return x;
    }

    private static double Dot(double[] w, double[] x) => w.Zip(x, (a, b) => a * b).Sum();

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
