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
}
