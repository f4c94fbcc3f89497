using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Claim patterns read by the product pipeline, whose tagger and parser let the claim stage read the dependency
/// parse: nominalised events, possessive pronouns, the places of events and posts, roles over a part of a body.
/// </summary>
public sealed class DependencyPatternTests
{
    [Fact]
    public void SupportHandedOverIsSponsorshipOfItsRecipientWithItsKind()
    {
        var document = Extract.RunParsed("Iran provided financial support to the Houthis.");

        var claim = document.Between("Iran", Predicate.Sponsors, "Houthis").Single(c => c.Pattern == "dep:event-noun");
        Assert.Contains("financial", claim.Kinds);
        Assert.Equal(Modality.Asserted, claim.Modality);
    }

    [Fact]
    public void NominalisedSupportUnderAnAttributionStaysReported()
    {
        var document = Extract.RunParsed("According to the dossier, Iran provided financial support to the Houthis.");

        var claims = document.Between("Iran", Predicate.Sponsors, "Houthis");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(Modality.Reported, c.Modality));
    }

    [Fact]
    public void AMeetingPlacePutsBothPartiesThere()
    {
        var document = Extract.RunParsed("Mehmet Gören met with Saifullah Kasuri in Quetta on Monday.");

        Assert.NotEmpty(document.Between("Mehmet Gören", Predicate.MetWith, "Saifullah Kasuri"));
        Assert.NotEmpty(document.Between("Mehmet Gören", Predicate.LocatedIn, "Quetta"));
        Assert.NotEmpty(document.Between("Saifullah Kasuri", Predicate.LocatedIn, "Quetta"));
    }

    [Fact]
    public void ALeaderOfACellIsAMemberOfTheGroupAndIsWhereHisPostIs()
    {
        var document = Extract.RunParsed("Hafiz Saeed Khan, an ISKP cell leader in Quetta, was killed in 2016.");

        Assert.NotEmpty(document.Between("Hafiz Saeed Khan", Predicate.MemberOf, "Islamic State Khorasan Province"));
        Assert.Empty(document.Between("Hafiz Saeed Khan", Predicate.Leads, "Islamic State Khorasan Province"));
        Assert.NotEmpty(document.Between("Hafiz Saeed Khan", Predicate.LocatedIn, "Quetta"));
    }

    [Fact]
    public void APossessivePronounGivesTheFightItsSide()
    {
        var document = Extract.RunParsed("Afghan forces continued their fight against ISKP in Kabul.");

        Assert.NotEmpty(document.Between("Afghan forces", Predicate.HostileTo, "Islamic State Khorasan Province"));
    }

    [Fact]
    public void AnIrregularPastReadAsAnAdjectiveStillAttacks()
    {
        var document = Extract.RunParsed("In March 2025, Baloch armed groups overran ISKP's Mastung base, killing approximately 30 terrorists.");

        var attack = document.Single("Baloch armed groups", Predicate.Attacked, "Islamic State Khorasan Province");
        Assert.Equal(30, attack.Count);
    }

    [Fact]
    public void WhoIsDrivenFromAPlaceHeldItAndWhoTakesItOperatesThere()
    {
        var document = Extract.RunParsed("Afghan forces liberated Mastung from ISKP last week.");

        Assert.Contains(document.Between("Islamic State Khorasan Province", Predicate.OperatesIn, "Mastung"), c => c.Pattern == "dep:dislodged-from");
        Assert.Contains(document.Between("Afghan forces", Predicate.OperatesIn, "Mastung"), c => c.Pattern == "dep:operation-in-place");
    }

    [Fact]
    public void WhoOnlyDiscussesACampaignToTakeAPlaceIsNotPlacedThere()
    {
        var document = Extract.RunParsed("Mehmet Gören and Saifullah Kasuri discussed the campaign to liberate Mastung.");

        Assert.Empty(document.Between("Mehmet Gören", Predicate.LocatedIn, "Mastung"));
        Assert.Empty(document.Between("Saifullah Kasuri", Predicate.LocatedIn, "Mastung"));
    }

    [Fact]
    public void AVisitedCountryIsWhereTheVisitorIsNotWhomHeMet()
    {
        var document = Extract.RunParsed("Mehmet Gören visited Pakistan on 4 April.");

        Assert.Empty(document.Between("Mehmet Gören", Predicate.MetWith));
        Assert.NotEmpty(document.Between("Mehmet Gören", Predicate.LocatedIn, "Pakistan"));
    }

    [Fact]
    public void ThoseWhoDiscussedMetAndWhatTheyDiscussedIsNoPartner()
    {
        var document = Extract.RunParsed("Mehmet Gören and Saifullah Kasuri discussed Pakistan and the Taliban.");

        Assert.Empty(document.Claims.Where(c => c.Predicate == Predicate.MetWith && document.NameOf(c.Object) is "Pakistan" or "Taliban"));
        Assert.NotEmpty(document.Between("Mehmet Gören", Predicate.MetWith, "Saifullah Kasuri"));
    }

    [Fact]
    public void JoiningAFightAgainstAGroupIsNoMembershipOfIt()
    {
        var document = Extract.RunParsed("Afghan forces joined the fight against ISKP in 2020.");

        Assert.Empty(document.Between("Afghan forces", Predicate.MemberOf));
        Assert.NotEmpty(document.Between("Afghan forces", Predicate.HostileTo, "Islamic State Khorasan Province"));
    }

    [Fact]
    public void NoClaimBreaksItsPredicatesSignature()
    {
        var document = Extract.RunParsed("Special Envoy for the Coalition against ISKP Mehmet Gören will lead a delegation to Kabul, Afghanistan.");

        Assert.Empty(document.Claims.Where(c => c.Predicate == Predicate.Leads && document.Entity(c.Subject)!.Type != EntityType.Person));
        Assert.All(document.Claims, c => Assert.True(
            Ontology.Describe(c.Predicate).Subjects.Contains(document.Entity(c.Subject)!.Type) || document.Entity(c.Subject)!.Kind == EntityKind.Country,
            $"{document.NameOf(c.Subject)} cannot be the subject of {c.Predicate}."));
    }
}
