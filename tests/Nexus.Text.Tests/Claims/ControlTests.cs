using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Territorial control: who holds a town, from when, and who lost it. Reporting states it with verbs ("seized",
/// "fell to"), in noun phrases ("the Taliban-held city of", "under Taliban control", "took control of", "the fall of X
/// to Y", "self-proclaimed capital") and by dislodging ("retook X from Y"); a part of a place held is no claim about
/// the whole, and a thing seized is no town.
/// </summary>
public sealed class ControlTests
{
    [Theory]
    [InlineData("The Taliban seized Quetta in August 2021.", "Taliban", "Quetta", Polarity.Positive, "August 2021")]
    [InlineData("Quetta fell to the Taliban in August 2021.", "Taliban", "Quetta", Polarity.Positive, "August 2021")]
    [InlineData("Quetta was captured by the Taliban in August 2021.", "Taliban", "Quetta", Polarity.Positive, "August 2021")]
    [InlineData("The Taliban took control of Quetta in August 2021.", "Taliban", "Quetta", Polarity.Positive, "August 2021")]
    [InlineData("The fall of Quetta to the Taliban in August 2021 shocked Islamabad.", "Taliban", "Quetta", Polarity.Positive, "August 2021")]
    [InlineData("The Taliban lost control of Mastung in 2019.", "Taliban", "Mastung", Polarity.Negative, "2019")]
    [InlineData("Pakistan retook Mastung from the Taliban in 2019.", "Taliban", "Mastung", Polarity.Negative, "2019")]
    [InlineData("Pakistan retook Mastung from the Taliban in 2019.", "Pakistan", "Mastung", Polarity.Positive, "2019")]
    public void WhoTakesATownHoldsItFromThenAndWhoLosesItNoMore(string text, string holder, string town, Polarity polarity, string time)
    {
        var claim = Extract.RunParsed(text).Single(holder, Predicate.Controls, town);

        Assert.Equal((polarity, time), (claim.Polarity, claim.Time?.Text));
    }

    [Theory]
    [InlineData("Convoys crossed the Taliban-held city of Quetta at night.", "Taliban")]
    [InlineData("Quetta is under Taliban control.", "Taliban")]
    [InlineData("Quetta remains under the control of the Taliban.", "Taliban")]
    [InlineData("Quetta, the Taliban's self-proclaimed capital, was bombed.", "Taliban")]
    [InlineData("The Houthis have controlled Quetta since September 2014.", "Houthis")]
    public void ATownSaidToBeHeldIsControlledByItsHolder(string text, string holder) =>
        Assert.Equal(Polarity.Positive, Extract.RunParsed(text).Single(holder, Predicate.Controls, "Quetta").Polarity);

    [Theory]
    [InlineData("The Taliban took control of large parts of Balochistan in 2021.")]
    [InlineData("Large areas of Balochistan are under the control of the Taliban.")]
    [InlineData("Drones struck Taliban-held territory in Balochistan.")]
    [InlineData("The Taliban still controls large parts of Balochistan, analysts said.")]
    public void HoldingPartOfAPlaceIsNoClaimToAllOfItButPutsTheHolderThere(string text)
    {
        var document = Extract.RunParsed(text);

        Assert.Empty(document.Between("Taliban", Predicate.Controls));
        Assert.Single(document.Between("Taliban", Predicate.OperatesIn, "Balochistan"));
    }

    [Fact]
    public void ABodysFightersActForIt() =>
        Assert.Single(Extract.RunParsed("Residents said Taliban fighters withdrew to Mastung before the assault.").Between("Taliban", Predicate.OperatesIn, "Mastung"));

    [Theory]
    [InlineData("Police seized weapons in Quetta on Monday.")]
    [InlineData("The Taliban held talks with the Houthis in Quetta.")]
    [InlineData("Officials discussed the mission to recapture Quetta.")]
    public void SeizingAThingOrHoldingTalksTakesNoTown(string text) =>
        Assert.DoesNotContain(Extract.RunParsed(text).Claims, c => c.Predicate == Predicate.Controls);

    [Theory]
    [InlineData("Pakistan pushed the Taliban out of Mastung in 2015.", "Taliban", "Mastung")]
    [InlineData("The army drove al-Qaida from Quetta in September 2012.", "al-Qaida", "Quetta")]
    public void ABodyDrivenOutOfATownWasThereAndHoldsItNoMore(string text, string group, string town)
    {
        var document = Extract.RunParsed(text);

        Assert.Equal(Polarity.Negative, document.Single(group, Predicate.Controls, town).Polarity);
        Assert.NotEmpty(document.Between(group, Predicate.OperatesIn, town));
    }

    [Fact]
    public void ABodyClearedFromACountryHeldNoCountry()
    {
        var document = Extract.RunParsed("The operation marks another step towards clearing the Taliban from Pakistan.");

        Assert.NotEmpty(document.Between("Taliban", Predicate.OperatesIn, "Pakistan"));
        Assert.Empty(document.Between("Taliban", Predicate.Controls));
    }
}
