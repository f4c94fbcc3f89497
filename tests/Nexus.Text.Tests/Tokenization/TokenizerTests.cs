using Nexus.Text.Tokenization;

namespace Nexus.Text.Tests.Tokenization;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Text)];

    [Theory]
    [InlineData("Pakistan's patronage", new[] { "Pakistan", "'s", "patronage" })]
    [InlineData("Pakistan’s patronage", new[] { "Pakistan", "’s", "patronage" })]
    [InlineData("the Pakistan-based group", new[] { "the", "Pakistan", "-", "based", "group" })]
    [InlineData("Lashkar-e-Taiba (LeT)", new[] { "Lashkar", "-", "e", "-", "Taiba", "(", "LeT", ")" })]
    [InlineData("Dr. Naseem Baloch asserted", new[] { "Dr.", "Naseem", "Baloch", "asserted" })]
    [InlineData("in the U.S. today", new[] { "in", "the", "U.S.", "today" })]
    [InlineData("killing 1,200 people, or 3.5%.", new[] { "killing", "1,200", "people", ",", "or", "3.5", "%", "." })]
    [InlineData("they don't know", new[] { "they", "do", "n't", "know" })]
    [InlineData("\"anti-Pakistan elements\"", new[] { "\"", "anti", "-", "Pakistan", "elements", "\"" })]
    [InlineData("see https://example.org/a-b.html.", new[] { "see", "https://example.org/a-b.html", "." })]
    [InlineData("2015–2017 and/or", new[] { "2015", "–", "2017", "and", "/", "or" })]
    [InlineData("O'Brien said: no.", new[] { "O'Brien", "said", ":", "no", "." })]
    [InlineData("(ISKP)-Lashkar", new[] { "(", "ISKP", ")", "-", "Lashkar" })]
    public void SplitsTheWayTheTreebankDoes(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void EveryTokenIsTheTextAtItsSpan()
    {
        var text = File.ReadAllText(Nexus.Testing.RepoPaths.ReferenceArticle);

        var tokens = Tokenizer.Tokenize(text);

        Assert.All(tokens, t => Assert.Equal(t.Text, t.Span.Of(text)));
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.First.Span.End <= pair.Second.Span.Start));
        Assert.All(tokens, t => Assert.DoesNotContain(t.Text, char.IsWhiteSpace));
    }
}
