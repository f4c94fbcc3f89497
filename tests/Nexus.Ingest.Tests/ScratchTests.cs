using Nexus.Ingest.Cleaning;
using Xunit.Abstractions;

namespace Nexus.Ingest.Tests;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var raw = File.ReadAllText(RepoPaths.ReferenceArticle);
        var blocks = TextBlocks.FromPlainText(raw);
        foreach (var b in blocks)
        {
            var f = LineFeatures.Of(b);
            output.WriteLine($"{BlockScorer.Score(f):F2} {b[..Math.Min(60, b.Length)]}");
        }
        var a = ArticleExtractor.Extract(blocks, ArticleHints.None, DateOrder.Unknown);
        output.WriteLine($"title={a.Title}\nauthors={string.Join(";", a.Authors)}\npub={a.Published} {a.PublishedTime}\norigin={a.Origin}\ncredits={string.Join(";", a.Credits)}");
        output.WriteLine(a.Text);
        Assert.True(a.Text.Length > 0);
    }
}
