namespace Nexus.Text.Models.Training;

/// <summary>
/// Weights of an averaged perceptron while it trains. Averaging uses the running-sum trick: besides
/// the weights it keeps the sum of every update scaled by the step it happened at (single precision: the rounding is far below what the half-float model keeps), so the average is
/// <c>w - u / steps</c> with no per-feature timestamps. Single-threaded by design: training is
/// deterministic so the same data gives a byte-identical model.
/// </summary>
internal sealed class PerceptronWeights(int classes)
{
    private readonly Dictionary<ulong, int> _rowOf = [];
    private float[] _weights = new float[classes * 1024];
    private float[] _sums = new float[classes * 1024];
    private long _step = 1;

    public int Classes { get; } = classes;

    public int FeatureCount => _rowOf.Count;

    /// <summary>Moves the averaging clock on by one training instance.</summary>
    public void Tick() => _step++;

    /// <summary>Adds the current (not averaged) rows of the features to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_rowOf.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * Classes, Classes);
                for (var c = 0; c < weights.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to class <paramref name="label"/> of every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (var feature in features)
        {
            var index = (RowOf(feature) * Classes) + label;
            _weights[index] += delta;
            _sums[index] += _step * delta;
        }
    }

    /// <summary>The averaged weights, dropping single weights smaller than <paramref name="prune"/> in size.</summary>
    public LinearModel Freeze(float prune) => Freeze(prune, _rowOf.Keys, null);

    /// <summary>
    /// The averaged weights of <paramref name="features"/> only, each row summed with the row of its
    /// <paramref name="companion"/> (a copy of the feature that always fires with it, so at inference
    /// the two are one lookup), dropping single weights smaller than <paramref name="prune"/> in size.
    /// </summary>
    public LinearModel Freeze(float prune, IEnumerable<ulong> features, Func<ulong, ulong>? companion)
    {
        var builder = new LinearModel.Builder(Classes, prune);
        var row = new float[Classes];
        foreach (var key in features.Order())
        {
            Array.Clear(row);
            AddAveraged(key, row);
            if (companion is not null)
            {
                AddAveraged(companion(key), row);
            }
            builder.Add(key, row);
        }
        return builder.Build();
    }

    private void AddAveraged(ulong feature, float[] row)
    {
        if (!_rowOf.TryGetValue(feature, out var index))
        {
            return;
        }
        index *= Classes;
        for (var c = 0; c < Classes; c++)
        {
            row[c] += _weights[index + c] - (_sums[index + c] / _step);
        }
    }

    private int RowOf(ulong feature)
    {
        if (_rowOf.TryGetValue(feature, out var row))
        {
            return row;
        }
        row = _rowOf.Count;
        _rowOf.Add(feature, row);
        if ((row + 1) * Classes > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _sums, _sums.Length * 2);
        }
        return row;
    }
}
