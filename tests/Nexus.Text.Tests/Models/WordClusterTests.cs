using Nexus.Text.Models.Features;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Tests.Models;

public sealed class WordClusterTests
{
    // Two kinds of word in two kinds of context: cities follow "in" and precede "today"; verbs follow "they".
    private static List<IReadOnlyList<string>> Text()
    {
        var cities = new[] { "Kabul", "Mosul", "Aleppo", "Raqqa" };
        var verbs = new[] { "fought", "left", "won", "spoke" };
        var sentences = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 40; i++)
        {
            sentences.Add(["they", verbs[i % 4], "in", cities[(i / 4) % 4], "today", "."]);
        }
        return sentences;
    }

    [Fact]
    public void WordsInTheSameContextsShareTheirPath()
    {
        var paths = BrownClustering.Cluster(Text(), 4, 2, null, CancellationToken.None).ToDictionary(w => w.Word, w => w.Path);

        Assert.Equal(paths["Kabul"], paths["Raqqa"]);
        Assert.Equal(paths["fought"], paths["spoke"]);
        Assert.NotEqual(paths["Kabul"], paths["fought"]);
        Assert.All(paths.Values, p => Assert.Matches("^[01]+$", p));
    }

    [Fact]
    public void ClusteringIsReproducible()
    {
        var first = BrownClustering.Cluster(Text(), 3, 1, null, CancellationToken.None);
        var second = BrownClustering.Cluster(Text(), 3, 1, null, CancellationToken.None);

        Assert.Equal(first, second);
    }

    [Fact]
    public void WordsAreMatchedWithTheirCaseAndPathsCutToPrefixes()
    {
        var clusters = WordClusters.Build([("US", "0110"), ("us", "111")]);
        var codes = new ulong[3];

        clusters.Match([TokenKeys.Of("US"), TokenKeys.Of("us"), TokenKeys.Of("Kabul")], codes);

        Assert.Equal(0b10110UL, codes[0]);
        Assert.Equal(0b1111UL, codes[1]);
        Assert.Equal(0UL, codes[2]);
        Assert.Equal(0b101UL, WordClusters.Prefix(codes[0], 2));
        Assert.Equal(codes[0], WordClusters.Prefix(codes[0], 20));
    }

    [Fact]
    public void ABadPathIsRefused() =>
        Assert.Throws<FormatException>(() => WordClusters.Build([("Kabul", "01x")]));
}
