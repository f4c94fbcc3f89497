using Nexus.Storage.Relational;

namespace Nexus.Storage.Tests;

public sealed class TokenCodecTests
{
    [Fact]
    public void TokensRoundTripIncludingTextThatDiffersFromTheirSpan()
    {
        const string text = "He said “no” to Gören.";
        ImmutableArray<Token> tokens =
        [
            new(new TextSpan(0, 2), "He") { Tag = "PRON", Head = 1, Relation = "nsubj" },
            new(new TextSpan(3, 7), "said") { Tag = "VERB", Relation = "root" },
            new(new TextSpan(8, 9), "\""),
            new(new TextSpan(9, 11), "no") { Tag = "INTJ", Head = 1 },
            new(new TextSpan(16, 21), "Gören") { Head = 1, Relation = "obl" },
        ];

        var decoded = TokenCodec.Decode(TokenCodec.Encode(tokens, text), text);

        Assert.Equal(tokens.ToArray(), decoded.ToArray());
    }

    [Fact]
    public void EmptyLayerRoundTrips() => Assert.Empty(TokenCodec.Decode(TokenCodec.Encode([], "text"), "text"));
}
