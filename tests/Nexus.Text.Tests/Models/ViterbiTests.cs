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
}
