namespace Nexus.Text.Models.Evaluation;

/// <summary>Accumulates <see cref="SpanScore"/>s per label over many documents; spans may be token or character offsets.</summary>
public sealed class EntityScorer
{
    private readonly SortedDictionary<string, SpanScore> _scores = new(StringComparer.Ordinal);

    /// <summary>Scores one unit (sentence or document): both lists use the same offsets.</summary>
    public void Add(IReadOnlyList<(int Start, int End, string Label)> gold, IReadOnlyList<(int Start, int End, string Label)> predicted)
    {
        foreach (var label in gold.Select(g => g.Label).Concat(predicted.Select(p => p.Label)).Distinct())
        {
            var g = gold.Where(x => x.Label == label).ToList();
            var p = predicted.Where(x => x.Label == label).ToList();
            var exact = p.Count(x => g.Any(y => y.Start == x.Start && y.End == x.End));
            var lenientPredicted = p.Count(x => g.Any(y => y.Start < x.End && x.Start < y.End));
            var lenientGold = g.Count(y => p.Any(x => y.Start < x.End && x.Start < y.End));
            var score = new SpanScore(label, g.Count, p.Count, exact, lenientPredicted, lenientGold);
            _scores[label] = _scores.TryGetValue(label, out var previous) ? previous.Add(score) : score;
        }
    }

    public IReadOnlyList<SpanScore> PerLabel => [.. _scores.Values];

    /// <summary>Micro-averaged counts over the given labels.</summary>
    public SpanScore Micro(IEnumerable<string> labels, string name) =>
        labels.Aggregate(new SpanScore(name, 0, 0, 0, 0, 0), (sum, label) => _scores.TryGetValue(label, out var s) ? sum.Add(s) : sum);

    public void Merge(EntityScorer other)
    {
        foreach (var (label, score) in other._scores)
        {
            _scores[label] = _scores.TryGetValue(label, out var previous) ? previous.Add(score) : score;
        }
    }
}
