using Nexus.Storage.Sqlite;

namespace Nexus.Storage.Tests;

public sealed class SnippetsTests
{
    private static readonly string Filler = string.Concat(Enumerable.Range(1, 12).Select(i => $"Convoy {i} crossed the river at dawn. "));

    [Fact]
    public void APhraseIsMarkedWholeInAWindowThatBeginsAtItsSentence()
    {
        var text = Filler + "Officials said that Samir Rind met two couriers in Quetta last week. " + Filler;

        var hit = Hit(["Samir Rind"], text);

        Assert.Equal("…Officials said that Samir Rind met two couriers in Quetta last week. Convoy 1 crossed the river at dawn. Convoy 2 crossed the river…", hit.Snippet);
        Assert.Equal(["Samir Rind"], Marked(hit));
    }

    [Fact]
    public void StemmedAndAccentedFormsAreMarkedAsTheIndexMatchedThem()
    {
        var hit = Hit(["financing", "Sanchez"], "The network financed Sánchez, whose finances grew.");

        Assert.Equal("The network financed Sánchez, whose finances grew.", hit.Snippet);
        Assert.Equal(["financed", "Sánchez", "finances"], Marked(hit));
    }

    [Fact]
    public void TheWindowHoldingTheMostDistinctPhrasesWins()
    {
        var text = "Kunar was quiet. " + Filler + "Analysts describe an ISKP-LeT nexus in Kunar. " + Filler;

        var hit = Hit(["kunar", "nexus"], text);

        Assert.StartsWith("…Analysts describe an ISKP-LeT nexus in Kunar.", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(["nexus", "Kunar"], Marked(hit));
    }

    [Fact]
    public void AMatchFarFromASentenceStartIsCentred()
    {
        var words = string.Join(' ', Enumerable.Range(1, 60).Select(i => i == 30 ? "Mengal" : $"w{i}"));

        var hit = Hit(["Mengal"], words);

        Assert.Equal("…w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 Mengal w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 w41 w42…", hit.Snippet);
    }

    [Fact]
    public void AMatchInTheTitleOnlyGivesTheTitleMarked()
    {
        var hit = new Snippets(["Gaziantep"]).Hit("doc", "Arrests in Gaziantep", "Police detained three men.", 1.0);

        Assert.Equal("Arrests in Gaziantep", hit.Snippet);
        Assert.Equal(["Gaziantep"], Marked(hit));
    }

    [Fact]
    public void TextWithoutAMatchGivesItsOpeningUnmarked()
    {
        var hit = Hit(["absent"], Filler);

        Assert.Equal("Convoy 1 crossed the river at dawn. Convoy 2 crossed the river at dawn. Convoy 3 crossed the river at dawn. Convoy 4 crossed…", hit.Snippet);
        Assert.Empty(hit.Highlights);
    }

    private static SearchHit Hit(string[] phrases, string text) => new Snippets(phrases).Hit("doc", "A title", text, 1.0);

    private static IEnumerable<string> Marked(SearchHit hit) => hit.Highlights.Select(h => h.Of(hit.Snippet));
}
