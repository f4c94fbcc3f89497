using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Plain statements of support, funding and alliance whose verb the tagger misreads as a noun ("funds", "shelter"),
/// whose parties are a coordinated subject ("X and Y remain aligned", "fought each other"), or whose support is a thing
/// given ("facilitated", "provided refuge to"); and a negated event, which places no one.
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

    [Fact]
    public void PartiesThatFightEachOtherAreHostile()
    {
        var document = Extract.RunWithMentions(
            "Baloch separatists and ISKP fought each other in Mastung.", ("Baloch separatists", "Organisation"), ("ISKP", "Organisation"));

        Assert.NotEmpty(document.Between("Baloch separatists", Predicate.HostileTo, "Islamic State Khorasan Province"));
    }

    [Fact]
    public void FacilitatingOrGivingRefugeIsSupport()
    {
        var facilitated = Extract.RunWithMentions(
            "The Taliban facilitated the movement of ISKP fighters.", ("Taliban", "Organisation"), ("ISKP", "Organisation"));
        var refuge = Extract.RunWithMentions(
            "The Taliban provided refuge to al-Qaida militants.", ("Taliban", "Organisation"), ("al-Qaida", "Organisation"));

        Assert.NotEmpty(facilitated.Between("Taliban", Predicate.Sponsors, "Islamic State Khorasan Province"));
        Assert.NotEmpty(refuge.Between("Taliban", Predicate.Sponsors, "al-Qaida"));
    }

    [Fact]
    public void ANegatedEventPlacesNoOneButNegatedPresenceIsDenied()
    {
        var attack = Extract.RunParsed("ISKP did not attack the Taliban in Kabul.");
        var presence = Extract.RunParsed("ISKP does not operate in Kabul.");

        Assert.Empty(attack.Between("Islamic State Khorasan Province", Predicate.OperatesIn));
        Assert.Equal(Polarity.Negative, presence.Single("Islamic State Khorasan Province", Predicate.OperatesIn, "Kabul").Polarity);
    }

    [Fact]
    public void GroupsThatShareCampsArePooling()
    {
        var document = Extract.RunWithMentions(
            "Jaish-e-Mohammed and the Taliban share training camps.", ("Jaish-e-Mohammed", "Organisation"), ("Taliban", "Organisation"));

        Assert.NotEmpty(document.Between("Jaish-e-Mohammed", Predicate.AlliedWith, "Taliban"));
    }

    [Fact]
    public void APassiveWithAnAdverbHasNoObjectInTheNextClause()
    {
        var document = Extract.RunWithMentions(
            "Aslam Farooqi was reportedly killed in 2023, but the Taliban have not confirmed it.", ("Aslam Farooqi", "Person"), ("Taliban", "Organisation"));

        Assert.Empty(document.Between("Aslam Farooqi", Predicate.Killed));
    }
}
