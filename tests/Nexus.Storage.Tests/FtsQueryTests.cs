using Nexus.Storage.Sqlite;

namespace Nexus.Storage.Tests;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("ISKP-LeT", "(\"ISKP-LeT\")")]
    [InlineData("lashkar taiba", "(\"lashkar\" AND \"taiba\")")]
    [InlineData("\"LeT nexus\" kunar", "(\"LeT nexus\" AND \"kunar\")")]
    [InlineData("nexus or fighters kunar", "((\"nexus\" OR \"fighters\") AND \"kunar\")")]
    [InlineData("kunar -nexus", "(\"kunar\") NOT \"nexus\"")]
    [InlineData("say \"he said \"\"no", "(\"say\" AND \"he said \" AND \"no\")")]
    [InlineData("NEAR(a b)", "(\"NEAR(a\" AND \"b)\")")]
    public void UserTextBecomesQuotedTerms(string text, string query) => Assert.Equal(query, FtsQuery.Parse(text)?.Match);

    [Theory]
    [InlineData("\"LeT nexus\" kunar", new[] { "LeT nexus", "kunar" })]
    [InlineData("nexus or fighters", new[] { "nexus", "fighters" })]
    [InlineData("kunar -nexus", new[] { "kunar" })]
    public void PhrasesAreWhatAMatchMayHoldNotWhatItExcludes(string text, string[] phrases) =>
        Assert.Equal(phrases, FtsQuery.Parse(text)!.Phrases);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("* - ( ) ^")]
    [InlineData("or")]
    [InlineData("-nexus")]
    public void TextWithNothingToFindGivesNoQuery(string text) => Assert.Null(FtsQuery.Parse(text));
}
