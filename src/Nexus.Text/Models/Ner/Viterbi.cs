using System.Buffers;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Exact first-order decoding over a lattice of per-token class scores. <c>emissions</c> is
/// row-major (token × class); <c>start</c>, <c>transitions</c> (previous × next) and <c>end</c> add
/// to them, with negative infinity forbidding a move; only the moves listed in <c>predecessors</c>
/// (see <see cref="Predecessors"/>) are tried, which under BILOU constraints is a quarter of them.
/// </summary>
internal static class Viterbi
{
    /// <summary>For each class, the classes that may precede it (those with a finite transition score).</summary>
    public static int[][] Predecessors(ReadOnlySpan<float> transitions, int classes)
    {
        var result = new int[classes][];
        for (var c = 0; c < classes; c++)
        {
            var list = new List<int>();
            for (var p = 0; p < classes; p++)
            {
                if (!float.IsNegativeInfinity(transitions[(p * classes) + c]))
                {
                    list.Add(p);
                }
            }
            result[c] = [.. list];
        }
        return result;
    }

    /// <summary>
    /// Writes the best class path and, when <paramref name="margins"/> is not empty, for each token its margin: how much the best path beats the
    /// best path that gives the token another class (a max-marginal gap, 0 when tied).
    /// </summary>
    public static void Decode(
        ReadOnlySpan<float> emissions,
        int classes,
        ReadOnlySpan<float> start,
        ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> end,
        int[][] predecessors,
        Span<int> path,
        Span<float> margins)
    {
        var n = path.Length;
        if (n == 0)
        {
            return;
        }
        var forward = ArrayPool<float>.Shared.Rent(n * classes);
        var back = ArrayPool<int>.Shared.Rent(n * classes);
        var backward = margins.IsEmpty ? null : ArrayPool<float>.Shared.Rent(n * classes);
        try
        {
            Forward(emissions, classes, start, transitions, predecessors, forward, back, n);
            var last = 0;
            for (var c = 1; c < classes; c++)
            {
                if (forward[((n - 1) * classes) + c] + end[c] > forward[((n - 1) * classes) + last] + end[last])
                {
                    last = c;
                }
            }
            path[n - 1] = last;
            for (var i = n - 1; i > 0; i--)
            {
                path[i - 1] = back[(i * classes) + path[i]];
            }
            if (backward is not null)
            {
                Margins(emissions, classes, transitions, end, predecessors, forward, backward, path, margins);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(forward);
            ArrayPool<int>.Shared.Return(back);
            if (backward is not null)
            {
                ArrayPool<float>.Shared.Return(backward);
            }
        }
    }

    private static void Forward(ReadOnlySpan<float> emissions, int classes, ReadOnlySpan<float> start, ReadOnlySpan<float> transitions, int[][] predecessors, float[] forward, int[] back, int n)
    {
        for (var c = 0; c < classes; c++)
        {
            forward[c] = start[c] + emissions[c];
        }
        for (var i = 1; i < n; i++)
        {
            var previous = forward.AsSpan((i - 1) * classes, classes);
            for (var c = 0; c < classes; c++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in predecessors[c])
                {
                    var score = previous[p] + transitions[(p * classes) + c];
                    if (score > best)
                    {
                        best = score;
                        arg = p;
                    }
                }
                forward[(i * classes) + c] = best + emissions[(i * classes) + c];
                back[(i * classes) + c] = arg;
            }
        }
    }

    /// <summary>
    /// The best score of any path through each (token, class) from the right (the backward max pass,
    /// pushed along the same allowed moves as the forward pass), then each token's margin.
    /// </summary>
    private static void Margins(ReadOnlySpan<float> emissions, int classes, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end, int[][] predecessors, float[] forward, float[] backward, ReadOnlySpan<int> path, Span<float> margins)
    {
        var n = path.Length;
        end.CopyTo(backward.AsSpan((n - 1) * classes, classes));
        for (var i = n - 2; i >= 0; i--)
        {
            var here = backward.AsSpan(i * classes, classes);
            here.Fill(float.NegativeInfinity);
            for (var x = 0; x < classes; x++)
            {
                var onward = backward[((i + 1) * classes) + x];
                if (float.IsNegativeInfinity(onward))
                {
                    continue;
                }
                var emission = emissions[((i + 1) * classes) + x];
                foreach (var c in predecessors[x])
                {
                    // Summed in this order so the margins (and confidences) stay bit-for-bit the same.
                    var score = transitions[(c * classes) + x] + emission + onward;
                    if (score > here[c])
                    {
                        here[c] = score;
                    }
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            var chosen = forward[(i * classes) + path[i]] + backward[(i * classes) + path[i]];
            var other = float.NegativeInfinity;
            for (var c = 0; c < classes; c++)
            {
                if (c != path[i])
                {
                    other = Math.Max(other, forward[(i * classes) + c] + backward[(i * classes) + c]);
                }
            }
            margins[i] = float.IsNegativeInfinity(other) ? float.PositiveInfinity : Math.Max(0, chosen - other);
        }
    }
}
