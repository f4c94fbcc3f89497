using Nexus.Text.Tokenization;

namespace Nexus.Text.Tests.Tokenization;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        [.. SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => s.Span.Of(text))];

    [Fact]
    public void TitlesAndInitialsDoNotEndSentences() =>
        Assert.Equal(
            ["Chairman Dr. Naseem Baloch asserted it.", "Gen. R. M. Ashfaq denied it."],
            Sentences("Chairman Dr. Naseem Baloch asserted it. Gen. R. M. Ashfaq denied it."));

    [Fact]
    public void ClosingQuotesStayWithTheirSentence() =>
        Assert.Equal(
            ["He remarked that \"ISKP is a proxy.\"", "Others disagree."],
            Sentences("He remarked that \"ISKP is a proxy.\" Others disagree."));

    [Fact]
    public void AbbreviationEndsASentenceBeforeASentenceStarter() =>
        Assert.Equal(
            ["He flew to the U.S.", "The talks failed."],
            Sentences("He flew to the U.S. The talks failed."));

    [Fact]
    public void AbbreviationInsideASentenceDoesNotSplit() =>
        Assert.Single(Sentences("The U.S. Treasury designated him."));

    [Fact]
    public void ParagraphsAndHeadingsAreSentencesOfTheirOwn() =>
        Assert.Equal(
            ["A heading without a stop", "The body starts here."],
            Sentences("A heading without a stop\n\nThe body starts here."));

    [Fact]
    public void LowerCaseDecimalsAndEllipsesDoNotSplit() =>
        Assert.Single(Sentences("It rose 3.5 percent... then fell."));

    [Fact]
    public void SentencesCoverTheirTokensExactly()
    {
        var text = File.ReadAllText(Nexus.Testing.RepoPaths.ReferenceArticle);
        var tokens = Tokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(tokens.Count, sentences.Sum(s => s.TokenCount));
        Assert.All(sentences, s => Assert.Equal(tokens[s.FirstToken].Span.Start, s.Span.Start));
        Assert.All(sentences, s => Assert.Equal(tokens[s.EndToken - 1].Span.End, s.Span.End));
    }
}
