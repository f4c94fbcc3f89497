namespace Nexus.Text.Models.Ner;

/// <summary>
/// Transition scores between classes (negative infinity forbids a move), laid out twice for
/// <see cref="Viterbi"/>'s vector passes: by previous class, so one row holds the scores into every
/// next class, and by next class, so one row holds the scores out of every previous class. Rows are
/// padded with forbidden moves to a whole number of vectors. For each vector of classes it also
/// lists the classes with any allowed move into it (or out of it), the only ones a pass need try:
/// under BILOU constraints about half. Changed only by training, through <see cref="Set"/>.
/// </summary>
internal sealed class TransitionScores
{
    public TransitionScores(ReadOnlySpan<float> scores, int classes)
    {
        Classes = classes;
        Width = (classes + Viterbi.Lanes - 1) / Viterbi.Lanes * Viterbi.Lanes;
        ByPrevious = new float[classes * Width];
        ByNext = new float[classes * Width];
        Array.Fill(ByPrevious, float.NegativeInfinity);
        Array.Fill(ByNext, float.NegativeInfinity);
        for (var previous = 0; previous < classes; previous++)
        {
            for (var next = 0; next < classes; next++)
            {
                ByPrevious[(previous * Width) + next] = scores[(previous * classes) + next];
                ByNext[(next * Width) + previous] = scores[(previous * classes) + next];
            }
        }
        Into = Allowed(ByPrevious);
        OutOf = Allowed(ByNext);
    }

    public int Classes { get; }

    /// <summary>Row length: <see cref="Classes"/> rounded up to whole vectors.</summary>
    public int Width { get; }

    /// <summary><c>[previous × Width + next]</c>.</summary>
    public float[] ByPrevious { get; }

    /// <summary><c>[next × Width + previous]</c>.</summary>
    public float[] ByNext { get; }

    /// <summary>For each vector of next classes, in ascending order, the previous classes with an allowed move into it.</summary>
    public int[][] Into { get; private set; }

    /// <summary>For each vector of previous classes, in ascending order, the next classes with an allowed move out of it.</summary>
    public int[][] OutOf { get; private set; }

    public void Set(int previous, int next, float score)
    {
        var allowedBefore = !float.IsNegativeInfinity(ByPrevious[(previous * Width) + next]);
        ByPrevious[(previous * Width) + next] = score;
        ByNext[(next * Width) + previous] = score;
        if (allowedBefore == float.IsNegativeInfinity(score))
        {
            Into = Allowed(ByPrevious);
            OutOf = Allowed(ByNext);
        }
    }

    /// <summary>For each vector of columns, the rows with any allowed (finite) score in it.</summary>
    private int[][] Allowed(float[] rows)
    {
        var result = new int[Width / Viterbi.Lanes][];
        for (var vector = 0; vector < result.Length; vector++)
        {
            result[vector] = [.. Enumerable.Range(0, Classes).Where(row =>
                rows.AsSpan((row * Width) + (vector * Viterbi.Lanes), Viterbi.Lanes).ContainsAnyExcept(float.NegativeInfinity))];
        }
        return result;
    }
}
