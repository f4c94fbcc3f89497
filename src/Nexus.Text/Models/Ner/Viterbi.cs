using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Exact first-order decoding over a lattice of per-token class scores. <c>emissions</c> is
/// row-major (token × class); <c>start</c>, the transitions and <c>end</c> add to them, with
/// negative infinity forbidding a move. Both passes run over vectors of next (or previous) classes
/// at once, in the lane orders of <see cref="TransitionScores"/>; each lane adds and compares exactly
/// as a one-class-at-a-time loop would, trying the allowed moves in ascending class order and keeping
/// the first best (a forbidden move scores negative infinity and never wins), so the result is
/// bit-for-bit the same.
/// </summary>
internal static class Viterbi
{
    /// <summary>Classes handled per vector.</summary>
    public const int Lanes = 8;

    /// <summary>
    /// Writes the best class path and, when <paramref name="margins"/> is not empty, for each token its margin: how much the best path beats the
    /// best path that gives the token another class (a max-marginal gap, 0 when tied).
    /// </summary>
    public static void Decode(
        ReadOnlySpan<float> emissions,
        ReadOnlySpan<float> start,
        TransitionScores transitions,
        ReadOnlySpan<float> end,
        Span<int> path,
        Span<float> margins)
    {
        var n = path.Length;
        if (n == 0)
        {
            return;
        }
        var classes = transitions.Classes;
        var width = transitions.Width;
        var forward = ArrayPool<float>.Shared.Rent(n * width);
        var back = ArrayPool<int>.Shared.Rent(n * width);
        var backward = margins.IsEmpty ? null : ArrayPool<float>.Shared.Rent(n * width);
        try
        {
            Forward(emissions, start, transitions, forward, back, n);
            var lane = transitions.NextLane;
            var last = 0;
            var lastRow = (n - 1) * width;
            for (var c = 1; c < classes; c++)
            {
                if (forward[lastRow + lane[c]] + end[c] > forward[lastRow + lane[last]] + end[last])
                {
                    last = c;
                }
            }
            path[n - 1] = last;
            for (var i = n - 1; i > 0; i--)
            {
                path[i - 1] = back[(i * width) + lane[path[i]]];
            }
            if (backward is not null)
            {
                Backward(emissions, transitions, end, backward, n);
                Margins(transitions, forward, backward, path, margins);
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

    /// <summary>
    /// The best score of a path ending in each (token, class), and the class before it on that path,
    /// both in the lane order of <see cref="TransitionScores.NextOrder"/>.
    /// </summary>
    private static void Forward(ReadOnlySpan<float> emissions, ReadOnlySpan<float> start, TransitionScores transitions, float[] forward, int[] back, int n)
    {
        var classes = transitions.Classes;
        var width = transitions.Width;
        var order = transitions.NextOrder;
        var lane = transitions.NextLane;
        ref var into = ref MemoryMarshal.GetArrayDataReference(transitions.ByPrevious);
        ref var scores = ref MemoryMarshal.GetArrayDataReference(forward);
        ref var from = ref MemoryMarshal.GetArrayDataReference(back);
        forward.AsSpan(0, width).Fill(float.NegativeInfinity);
        for (var c = 0; c < classes; c++)
        {
            forward[lane[c]] = start[c] + emissions[c];
        }
        for (var i = 1; i < n; i++)
        {
            var previous = (i - 1) * width;
            var row = i * width;
            for (var c = 0; c < width; c += Lanes)
            {
                var best = Vector256.Create(float.NegativeInfinity);
                var arg = Vector256<int>.Zero;
                foreach (var p in transitions.Into[c / Lanes])
                {
                    var score = Vector256.Create(forward[previous + lane[p]]) + Vector256.LoadUnsafe(ref into, (nuint)((p * width) + c));
                    var better = Vector256.GreaterThan(score, best);
                    best = Vector256.ConditionalSelect(better, score, best);
                    arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), arg);
                }
                best.StoreUnsafe(ref scores, (nuint)(row + c));
                arg.StoreUnsafe(ref from, (nuint)(row + c));
            }
            for (var l = 0; l < classes; l++)
            {
                forward[row + l] += emissions[(i * classes) + order[l]];
            }
        }
    }

    /// <summary>
    /// The best score of any path from each (token, class) to the end, not counting the token's own
    /// emission, in the lane order of <see cref="TransitionScores.PreviousOrder"/>.
    /// </summary>
    private static void Backward(ReadOnlySpan<float> emissions, TransitionScores transitions, ReadOnlySpan<float> end, float[] backward, int n)
    {
        var classes = transitions.Classes;
        var width = transitions.Width;
        var lane = transitions.PreviousLane;
        ref var outOf = ref MemoryMarshal.GetArrayDataReference(transitions.ByNext);
        ref var scores = ref MemoryMarshal.GetArrayDataReference(backward);
        var lastRow = (n - 1) * width;
        backward.AsSpan(lastRow, width).Fill(float.NegativeInfinity);
        for (var c = 0; c < classes; c++)
        {
            backward[lastRow + lane[c]] = end[c];
        }
        for (var i = n - 2; i >= 0; i--)
        {
            var next = (i + 1) * width;
            for (var c = 0; c < width; c += Lanes)
            {
                var best = Vector256.Create(float.NegativeInfinity);
                foreach (var x in transitions.OutOf[c / Lanes])
                {
                    // (transition + emission) + onward, the order a scalar loop adds them in.
                    var score = Vector256.LoadUnsafe(ref outOf, (nuint)((x * width) + c)) + Vector256.Create(emissions[((i + 1) * classes) + x]) + Vector256.Create(backward[next + lane[x]]);
                    best = Vector256.ConditionalSelect(Vector256.GreaterThan(score, best), score, best);
                }
                best.StoreUnsafe(ref scores, (nuint)((i * width) + c));
            }
        }
    }

    /// <summary>Each token's margin from the forward and backward scores.</summary>
    private static void Margins(TransitionScores transitions, float[] forward, float[] backward, ReadOnlySpan<int> path, Span<float> margins)
    {
        var (forwardLane, backwardLane) = (transitions.NextLane, transitions.PreviousLane);
        for (var i = 0; i < path.Length; i++)
        {
            var row = i * transitions.Width;
            var chosen = forward[row + forwardLane[path[i]]] + backward[row + backwardLane[path[i]]];
            var other = float.NegativeInfinity;
            for (var c = 0; c < transitions.Classes; c++)
            {
                if (c != path[i])
                {
                    other = Math.Max(other, forward[row + forwardLane[c]] + backward[row + backwardLane[c]]);
                }
            }
            margins[i] = float.IsNegativeInfinity(other) ? float.PositiveInfinity : Math.Max(0, chosen - other);
        }
    }
}
