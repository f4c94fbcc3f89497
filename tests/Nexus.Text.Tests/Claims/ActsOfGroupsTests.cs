using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// What groups and states do in the shapes CT reporting states it: arms handed over ("providing weapons to", "provided X
/// with drones"), sanctions and their reasons, claims of responsibility, appointments to multi-word posts, defections
/// and mergers, and an attack whose agent follows a passive.
/// </summary>
public sealed class ActsOfGroupsTests
{
    [Theory]
    [InlineData("Iran provided weapons to the Houthis in 2019.", "weapons")]
    [InlineData("Iran has provided the Houthis with drones since 2019.", "drones")]
    public void ArmsHandedOverAreSupplied(string text, string item) =>
        Assert.Equal(item, Extract.RunParsed(text).Single("Iran", Predicate.Supplied, "Houthis").Item);

    [Fact]
    public void ASanctionIsAFactAndItsReasonTheSanctionersCharge()
    {
        var document = Extract.RunParsed("The US Treasury sanctioned Abdul Rahman for raising funds on behalf of Lashkar-e-Taiba.");

        var listed = document.Single("Abdul Rahman", Predicate.DesignatedBy, "US Treasury");
        var funding = document.Single("Abdul Rahman", Predicate.Funded, "Lashkar-e-Taiba");
        Assert.Equal((Modality.Asserted, HolderKind.Author), (listed.Modality, listed.Holder.Kind));
        Assert.Equal((Modality.Alleged, "US Treasury"), (funding.Modality, funding.Holder.Text));
    }

    [Fact]
    public void AClaimOfResponsibilityIsTheClaimantsAllegationOfItsAttack()
    {
        var claim = Extract.RunParsed("Islamic State Khorasan Province claimed responsibility for the bombing in Quetta in August 2023.")
            .Single("Islamic State Khorasan Province", Predicate.Attacked, "Quetta");

        Assert.Equal((Modality.Alleged, "Islamic State Khorasan Province"), (claim.Modality, claim.Holder.Text));
        Assert.Equal("August 2023", claim.Time?.Text);
    }

    [Theory]
    [InlineData("The United States condemns the attacks today in Mastung and Quetta, for which Islamic State Khorasan Province has claimed responsibility.", "Mastung")]
    [InlineData("The bombing in Quetta, which Islamic State Khorasan Province claimed in a statement, killed 12 people.", "Quetta")]
    [InlineData("Police said an attack in Mastung claimed by Islamic State Khorasan Province left 4 dead.", "Mastung")]
    [InlineData("Pakistan condemns the attacks in Balochistan, including one in Quetta claimed by Islamic State Khorasan Province.", "Quetta")]
    public void AnAttackClaimedAfterItIsNamedIsTheClaimantsAllegation(string text, string place)
    {
        var claim = Extract.RunParsed(text).Single("Islamic State Khorasan Province", Predicate.Attacked, place);

        Assert.Equal((Modality.Alleged, "Islamic State Khorasan Province"), (claim.Modality, claim.Holder.Text));
    }

    [Fact]
    public void WhatIsClaimedOfAnAttackIsNoClaimOfIt()
    {
        var document = Extract.RunParsed("The raid on Quetta that the Taliban claims was planned in Kabul killed 5 people.");

        Assert.Empty(document.Between("Taliban", Predicate.Attacked));
    }

    [Fact]
    public void ThisTerroristOrganisationIsTheLastArmedGroupNamed()
    {
        var document = Extract.RunParsed("Lashkar-e-Tayyiba attacked Mumbai in 2008. India will work with its partners to destroy this terrorist organisation.");

        Assert.NotEmpty(document.Between("India", Predicate.HostileTo, "Lashkar-e-Tayyiba"));
    }

    [Fact]
    public void APostOfSeveralWordsIsARole() =>
        Assert.Equal("deputy leader", Extract.RunParsed("Sirajuddin Haqqani was named deputy leader of the Taliban in 2015.")
            .Single("Sirajuddin Haqqani", Predicate.MemberOf, "Taliban").Role);

    [Fact]
    public void WhoDefectsBelongsNoMoreAndFoundsWhatHeFormsNext()
    {
        var document = Extract.RunParsed("Omar Khalid Khorasani defected from the Taliban to form Jamaat-ul-Ahrar in 2014.");

        Assert.Equal(Polarity.Negative, document.Single("Omar Khalid Khorasani", Predicate.MemberOf, "Taliban").Polarity);
        Assert.Equal(Polarity.Positive, document.Single("Omar Khalid Khorasani", Predicate.Founded, "Jamaat-ul-Ahrar").Polarity);
    }

    [Fact]
    public void GroupsThatMergeArePartOfWhatTheyForm()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "Jaish al-Muhajireen and Ansar al-Din merged in January 2017 to form Hayat Tahrir al-Sham.",
            ("Jaish al-Muhajireen", "Organisation"), ("Ansar al-Din", "Organisation"), ("Hayat Tahrir al-Sham", "Organisation"));

        Assert.Equal("January 2017", document.Single("Jaish al-Muhajireen", Predicate.PartOf, "Hayat Tahrir al-Sham").Time?.Text);
        Assert.Single(document.Between("Ansar al-Din", Predicate.PartOf, "Hayat Tahrir al-Sham"));
    }

    [Fact]
    public void TheAgentOfAPassiveAttackAttacked() =>
        Assert.Single(Extract.RunParsed("The attack on Mumbai was carried out by Lashkar-e-Taiba.").Between("Lashkar-e-Taiba", Predicate.Attacked, "Mumbai"));

    [Theory]
    [InlineData("Islamic State Khorasan Province carried out three attacks in Quetta in 2023.", 1)]
    [InlineData("Coalition forces conducted 23 strikes in Pakistan in 2023.", 0)]
    public void AttacksCarriedOutInATownAttackedItButNotTheState(string text, int attacks) =>
        Assert.Equal(attacks, Extract.RunParsed(text).Claims.Count(c => c.Predicate == Predicate.Attacked));

    [Theory]
    [InlineData("The Iran-backed Houthis fired missiles at Mumbai in 2019.", "Iran", Predicate.Sponsors, "Houthis")]
    [InlineData("The Pakistan-funded Taliban attacked Kabul in 2019.", "Pakistan", Predicate.Funded, "Taliban")]
    [InlineData("The Taliban-allied Lashkar-e-Taiba attacked Mumbai in 2019.", "Taliban", Predicate.AlliedWith, "Lashkar-e-Taiba")]
    [InlineData("The al-Qaida-linked Taliban attacked Kabul in 2019.", "Taliban", Predicate.AssociatedWith, "al-Qaida")]
    public void ANameHyphenedToAParticipleBeforeABodyDescribesItsTieUndated(string text, string subject, Predicate predicate, string obj) =>
        Assert.Null(Extract.RunParsed(text).Single(subject, predicate, obj).Time);
}
