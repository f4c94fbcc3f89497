namespace Nexus.Text.Models.Ner;

/// <summary>
/// Transition scores between classes (negative infinity forbids a move), laid out twice for
/// <see cref="Viterbi"/>'s vector passes: by previous class, so one row holds the scores into every
/// next class, and by next class, so one row holds the scores out of every previous class. Rows are
/// padded with forbidden moves to a whole number of vectors. For each vector of classes it also
/// lists the classes with any allowed move into it (or out of it), the only ones a pass need try.
/// The classes of a row are put in lane order: classes with the same allowed predecessors (for the
/// rows by previous class) or successors (by next class) side by side, so a vector's list is short.
/// Under BILOU constraints Outside, Begin and Unit all follow any closed class, Inside and Last only
/// their own Begin or Inside, so ordered this way a pass tries about a third fewer moves.
/// Changed only by training, through <see cref="Set"/>.
/// </summary>
internal sealed class TransitionScores
{
    private readonly float[] _scores;

    public TransitionScores(ReadOnlySpan<float> scores, int classes)
    {
        Classes = classes;
        Width = (classes + Viterbi.Lanes - 1) / Viterbi.Lanes * Viterbi.Lanes;
        _scores = scores.ToArray();
        ByPrevious = new float[classes * Width];
        ByNext = new float[classes * Width];
        NextOrder = [];
        NextLane = [];
        PreviousOrder = [];
        PreviousLane = [];
        Into = [];
        OutOf = [];
        Lay();
    }

    public int Classes { get; }

    /// <summary>Row length: <see cref="Classes"/> rounded up to whole vectors.</summary>
    public int Width { get; }

    /// <summary><c>[previous × Width + NextLane[next]]</c>.</summary>
    public float[] ByPrevious { get; }

    /// <summary><c>[next × Width + PreviousLane[previous]]</c>.</summary>
    public float[] ByNext { get; }

    /// <summary>The class in each lane of a row of <see cref="ByPrevious"/> (and of the forward scores); -1 for padding.</summary>
    public int[] NextOrder { get; private set; }

    /// <summary>The lane of each class in a row of <see cref="ByPrevious"/> (and of the forward scores).</summary>
    public int[] NextLane { get; private set; }

    /// <summary>The class in each lane of a row of <see cref="ByNext"/> (and of the backward scores); -1 for padding.</summary>
    public int[] PreviousOrder { get; private set; }

    /// <summary>The lane of each class in a row of <see cref="ByNext"/> (and of the backward scores).</summary>
    public int[] PreviousLane { get; private set; }

    /// <summary>For each vector of next-class lanes, in ascending class order, the previous classes with an allowed move into it.</summary>
    public int[][] Into { get; private set; }

    /// <summary>For each vector of previous-class lanes, in ascending class order, the next classes with an allowed move out of it.</summary>
    public int[][] OutOf { get; private set; }

    /// <summary>The score of the move from <paramref name="previous"/> to <paramref name="next"/>.</summary>
    public float Score(int previous, int next) => _scores[(previous * Classes) + next];

    public void Set(int previous, int next, float score)
    {
        var allowedBefore = !float.IsNegativeInfinity(Score(previous, next));
        _scores[(previous * Classes) + next] = score;
        if (allowedBefore == float.IsNegativeInfinity(score))
        {
            Lay();
            return;
        }
        ByPrevious[(previous * Width) + NextLane[next]] = score;
        ByNext[(next * Width) + PreviousLane[previous]] = score;
    }

    private void Lay()
    {
        (NextOrder, NextLane) = LaneOrder(c => Enumerable.Range(0, Classes).Where(p => Allowed(p, c)));
        (PreviousOrder, PreviousLane) = LaneOrder(c => Enumerable.Range(0, Classes).Where(n => Allowed(c, n)));
        Array.Fill(ByPrevious, float.NegativeInfinity);
        Array.Fill(ByNext, float.NegativeInfinity);
        for (var previous = 0; previous < Classes; previous++)
        {
            for (var next = 0; next < Classes; next++)
            {
                ByPrevious[(previous * Width) + NextLane[next]] = Score(previous, next);
                ByNext[(next * Width) + PreviousLane[previous]] = Score(previous, next);
            }
        }
        Into = Lists(NextOrder, (lane, p) => Allowed(p, lane));
        OutOf = Lists(PreviousOrder, (lane, n) => Allowed(lane, n));
    }

    private bool Allowed(int previous, int next) => !float.IsNegativeInfinity(Score(previous, next));

    /// <summary>Classes sorted by the set of classes they connect to (then by class), so equal sets share vectors.</summary>
    private (int[] Order, int[] Lane) LaneOrder(Func<int, IEnumerable<int>> connected)
    {
        var order = Enumerable.Range(0, Classes)
            .OrderBy(c => string.Join(',', connected(c)), StringComparer.Ordinal).ThenBy(c => c)
            .Concat(Enumerable.Repeat(-1, Width - Classes)).ToArray();
        var lane = new int[Classes];
        for (var l = 0; l < Classes; l++)
        {
            lane[order[l]] = l;
        }
        return (order, lane);
    }

    /// <summary>For each vector of lanes, the classes (ascending) with an allowed move to or from any class in it.</summary>
    private int[][] Lists(int[] order, Func<int, int, bool> allowed)
    {
        var result = new int[Width / Viterbi.Lanes][];
        for (var vector = 0; vector < result.Length; vector++)
        {
            var lanes = order.AsSpan(vector * Viterbi.Lanes, Viterbi.Lanes).ToArray().Where(c => c >= 0).ToArray();
            result[vector] = [.. Enumerable.Range(0, Classes).Where(other => lanes.Any(c => allowed(c, other)))];
        }
        return result;
    }
}
