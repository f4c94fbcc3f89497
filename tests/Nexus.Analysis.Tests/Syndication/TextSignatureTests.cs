using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Tests.Syndication;

public sealed class TextSignatureTests
{
    private static readonly string Article = File.ReadAllText(RepoPaths.ReferenceArticle);

    [Fact]
    public void SameTextIsFullySimilar()
    {
        Assert.Equal(1.0, TextSignature.Of(Article).Jaccard(TextSignature.Of(Article)));
    }

    [Fact]
    public void CaseAndPunctuationDoNotMatter()
    {
        var shouted = Article.ToUpperInvariant().Replace(",", " ", StringComparison.Ordinal).Replace("–", "-", StringComparison.Ordinal);

        Assert.Equal(1.0, TextSignature.Of(Article).Jaccard(TextSignature.Of(shouted)));
    }

    [Fact]
    public void ADroppedParagraphAndANewHeadlineLeaveANearDuplicate()
    {
        var paragraphs = Article.Split("\n\n");
        var copy = "Another headline for the same story\n\n" + string.Join("\n\n", paragraphs.Where((_, i) => i != 5));

        Assert.InRange(TextSignature.Of(Article).Jaccard(TextSignature.Of(copy)), 0.8, 1.0);
    }

    [Fact]
    public void DifferentArticlesAboutTheSameActorsAreFarApart()
    {
        var other = File.ReadAllText(Republications.IndependentArticle);

        Assert.InRange(TextSignature.Of(Article).Jaccard(TextSignature.Of(other)), 0.0, 0.1);
    }

    [Fact]
    public void EmptyTextIsLikeNothing()
    {
        var empty = TextSignature.Of(" ... ");

        Assert.Equal(0, empty.Shingles);
        Assert.Equal(0.0, empty.Jaccard(TextSignature.Of(" ... ")));
    }

    [Fact]
    public void ShortTextStillHasOneShingle()
    {
        Assert.Equal(1, TextSignature.Of("ISKP and LeT").Shingles);
        Assert.Equal(1.0, TextSignature.Of("ISKP and LeT").Jaccard(TextSignature.Of("iskp AND let!")));
    }

    [Fact]
    public void SignatureSurvivesItsStoredForm()
    {
        var signature = TextSignature.Of(Article);

        var back = TextSignature.FromBytes(signature.ToBytes());

        Assert.NotNull(back);
        Assert.Equal(signature.Shingles, back.Shingles);
        Assert.Equal<ulong>(signature.Minima, back.Minima);
        Assert.Null(TextSignature.FromBytes([1, 2, 3]));
    }
}
