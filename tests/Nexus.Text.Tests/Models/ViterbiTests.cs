using Nexus.Text.Models.Ner;

namespace Nexus.Text.Tests.Models;

public sealed class ViterbiTests
{
    [Fact]
    public void FindsThePathGreedyDecodingMisses()
    {
        // Two classes over three tokens. Token 0 prefers class 0 by a little, but 0 → 1 is heavily
        // penalised and tokens 1 and 2 strongly want class 1, so the best path is 1, 1, 1.
        float[] emissions = [1.0f, 0.5f, 0f, 3f, 0f, 3f];
        float[] start = [0f, 0f];
        float[] transitions = [0f, -5f, 0f, 0f];
        float[] end = [0f, 0f];
        var path = new int[3];
        var margins = new float[3];

        Viterbi.Decode(emissions, start, new TransitionScores(transitions, 2), end, path, margins);

        Assert.Equal([1, 1, 1], path);
        Assert.All(margins, m => Assert.True(m > 0));
    }

    [Fact]
    public void NeverTakesAForbiddenTransition()
    {
        float[] emissions = [0f, 10f, 10f, 0f];
        float[] start = [0f, 0f];
        float[] transitions = [0f, 0f, float.NegativeInfinity, 0f];
        float[] end = [0f, 0f];
        var path = new int[2];

        Viterbi.Decode(emissions, start, new TransitionScores(transitions, 2), end, path, []);

        Assert.NotEqual([1, 0], path);
    }

    [Fact]
    public void MarginIsTheGapToTheBestPathWithAnotherClass()
    {
        float[] emissions = [2f, 0f];
        var path = new int[1];
        var margins = new float[1];
        float[] transitions = [0f, 0f, 0f, 0f];

        Viterbi.Decode(emissions, [0f, 0f], new TransitionScores(transitions, 2), [0f, 0f], path, margins);

        Assert.Equal(0, path[0]);
        Assert.Equal(2f, margins[0]);
    }

    [Fact]
    public void VectorPassesGiveExactlyWhatAOneClassAtATimeLoopGives()
    {
        // Random lattices under BILOU constraints, 13 labels (53 classes) as the shipped model has, with
        // scores on a coarse grid so that ties happen: path and margins must match the scalar loop bit for bit.
        var random = new Random(7);
        var classes = BilouScheme.ClassCount(13);
        for (var trial = 0; trial < 40; trial++)
        {
            var n = 1 + random.Next(12);
            var emissions = new float[n * classes];
            for (var i = 0; i < emissions.Length; i++)
            {
                emissions[i] = random.Next(-8, 9) / 4f;
            }
            var matrix = new float[classes * classes];
            var start = new float[classes];
            var end = new float[classes];
            for (var next = 0; next < classes; next++)
            {
                start[next] = BilouScheme.Allowed(-1, next) ? random.Next(-4, 5) / 2f : float.NegativeInfinity;
                end[next] = BilouScheme.CanEnd(next) ? 0 : float.NegativeInfinity;
                for (var previous = 0; previous < classes; previous++)
                {
                    matrix[(previous * classes) + next] = BilouScheme.Allowed(previous, next) ? random.Next(-4, 5) / 2f : float.NegativeInfinity;
                }
            }
            var path = new int[n];
            var margins = new float[n];

            Viterbi.Decode(emissions, start, new TransitionScores(matrix, classes), end, path, margins);

            var (expectedPath, expectedMargins) = ScalarDecode(emissions, start, matrix, end, classes, n);
            Assert.Equal(expectedPath, path);
            Assert.Equal(expectedMargins, margins);
        }
    }

    private static (int[] Path, float[] Margins) ScalarDecode(float[] emissions, float[] start, float[] matrix, float[] end, int classes, int n)
    {
        var forward = new float[n, classes];
        var back = new int[n, classes];
        for (var c = 0; c < classes; c++)
        {
            forward[0, c] = start[c] + emissions[c];
        }
        for (var i = 1; i < n; i++)
        {
            for (var c = 0; c < classes; c++)
            {
                var best = float.NegativeInfinity;
                for (var p = 0; p < classes; p++)
                {
                    var score = forward[i - 1, p] + matrix[(p * classes) + c];
                    if (score > best)
                    {
                        (best, back[i, c]) = (score, p);
                    }
                }
                forward[i, c] = best + emissions[(i * classes) + c];
            }
        }
        var backward = new float[n, classes];
        for (var c = 0; c < classes; c++)
        {
            backward[n - 1, c] = end[c];
        }
        for (var i = n - 2; i >= 0; i--)
        {
            for (var c = 0; c < classes; c++)
            {
                var best = float.NegativeInfinity;
                for (var x = 0; x < classes; x++)
                {
                    best = Math.Max(best, matrix[(c * classes) + x] + emissions[((i + 1) * classes) + x] + backward[i + 1, x]);
                }
                backward[i, c] = best;
            }
        }
        var path = new int[n];
        for (var c = 1; c < classes; c++)
        {
            if (forward[n - 1, c] + end[c] > forward[n - 1, path[n - 1]] + end[path[n - 1]])
            {
                path[n - 1] = c;
            }
        }
        for (var i = n - 1; i > 0; i--)
        {
            path[i - 1] = back[i, path[i]];
        }
        var margins = new float[n];
        for (var i = 0; i < n; i++)
        {
            var chosen = forward[i, path[i]] + backward[i, path[i]];
            var other = float.NegativeInfinity;
            for (var c = 0; c < classes; c++)
            {
                if (c != path[i])
                {
                    other = Math.Max(other, forward[i, c] + backward[i, c]);
                }
            }
            margins[i] = float.IsNegativeInfinity(other) ? float.PositiveInfinity : Math.Max(0, chosen - other);
        }
        return (path, margins);
    }
}
