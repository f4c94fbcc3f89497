using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Plain statements of support, funding and alliance whose verb the tagger misreads as a noun ("funds", "shelter"), or
/// whose parties are a coordinated subject ("X and Y remain aligned").
/// </summary>
public sealed class VerbFormTests
{
    [Fact]
    public void AVerbTheTaggerReadsAsANounBetweenTwoNamesIsStillTheVerb()
    {
        var funds = Extract.RunWithMentions("The ISI funds Lashkar-e-Tayyiba.", ("ISI", "Organisation"), ("Lashkar-e-Tayyiba", "Organisation"));
        var shelter = Extract.RunWithMentions(
            "The Taliban are believed to shelter al-Qaida.", ("Taliban", "Organisation"), ("al-Qaida", "Organisation"));

        Assert.NotEmpty(funds.Between("Islamic State of Iraq", Predicate.Funded, "Lashkar-e-Tayyiba"));
        var claim = shelter.Single("Taliban", Predicate.Sponsors, "al-Qaida");
        Assert.Equal(Modality.Assessed, claim.Modality);
    }

    [Fact]
    public void ANounAfterANameIsNoVerb()
    {
        var document = Extract.RunWithMentions("The ISI funds were frozen by Lashkar-e-Tayyiba.", ("ISI", "Organisation"), ("Lashkar-e-Tayyiba", "Organisation"));

        Assert.Empty(document.Claims.Where(c => c.Predicate == Predicate.Funded));
    }

    [Fact]
    public void PartiesCoordinatedBeforeAnAllianceWordAreAllied()
    {
        var aligned = Extract.RunWithMentions(
            "The Taliban and al-Qaida remain closely aligned.", ("Taliban", "Organisation"), ("al-Qaida", "Organisation"));
        var cooperated = Extract.RunWithMentions(
            "The Taliban and al-Qaida have cooperated since 2001.", ("Taliban", "Organisation"), ("al-Qaida", "Organisation"));

        Assert.NotEmpty(aligned.Between("Taliban", Predicate.AlliedWith, "al-Qaida"));
        Assert.NotEmpty(cooperated.Between("Taliban", Predicate.AlliedWith, "al-Qaida"));
    }
}
