using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Relations press releases state in shapes the patterns used to miss: a post with no article, strikes coordinated
/// with a partner, a strike count whose targets come further on, telling someone, hosting somewhere, people from or in a body,
/// a group's campaign somewhere, a place another owns, a delegation or deployment to a place, a passive
/// with an adverb ("is currently led by"), atrocities perpetrated against someone,
/// acting together with others. Read by the patterns alone: the
/// embedded relation reader has read re3d, whose press releases these sentences imitate.
/// </summary>
public sealed class RecallTests
{
    [Theory]
    [InlineData("Russia designated the Taliban as a terrorist organization in 2003.")]
    [InlineData("The Taliban was designated a terrorist group by Russia in 2003.")]
    public void WhoDesignatesAGroupIsReadInEitherVoice(string text)
    {
        var claim = Extract.Run(text).Single("Taliban", Predicate.DesignatedBy, "Russia");

        Assert.Equal("2003", claim.Time?.Text);
    }

    [Fact]
    public void APlaceAfterWhoWasArmedLocatesThemAndWasNotArmed()
    {
        var document = Extract.Run("Lashkar-e-Taiba trained fighters in Pakistan, and Iran armed militias in Afghanistan.");

        Assert.Empty(document.Between("Lashkar-e-Taiba", Predicate.Trained));
        Assert.Empty(document.Between("Iran", Predicate.Supplied));
    }

    [Fact]
    public void AnOrderedAttackIsHostilityNotAnAttack()
    {
        var document = Extract.Run("The ISI ordered Lashkar-e-Taiba to attack Mumbai.");

        Assert.Empty(document.Between("Lashkar-e-Taiba", Predicate.Attacked));
    }

    [Fact]
    public void APostWithNoArticleInAnAppositionIsHeldInTheBodyNamedAfterIt()
    {
        var of = Extract.RunWithMentionsByPatterns(
            "“We will rebuild the bridge,” Brig. Gen. Omar Haddad, commander of Joint Task Force Anvil, said in the release.",
            ("Brig. Gen. Omar Haddad", "Person"), ("Joint Task Force Anvil", "Organisation"));
        var comma = Extract.RunWithMentionsByPatterns(
            "“The bridge is open again,” said Col. Lina Farid, commander, Task Force Falcon - Operation Steady Hand.",
            ("Col. Lina Farid", "Person"), ("Task Force Falcon - Operation Steady Hand", "Organisation"));
        var one = Extract.RunWithMentionsByPatterns(
            "“We will rebuild the bridge,” Omar Haddad, a commander of Joint Task Force Anvil, said in the release.",
            ("Omar Haddad", "Person"), ("Joint Task Force Anvil", "Organisation"));

        Assert.NotEmpty(of.Between("Brig. Gen. Omar Haddad", Predicate.Leads, "Joint Task Force Anvil"));
        Assert.NotEmpty(comma.Between("Col. Lina Farid", Predicate.Leads, "Task Force Falcon - Operation Steady Hand"));
        // One commander among several is a member, not the leader.
        Assert.Empty(one.Between("Omar Haddad", Predicate.Leads));
    }

    [Fact]
    public void StrikesCoordinatedWithAPartnerAllyTheStrikersWithIt()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "In Ninewa, Task Force Falcon conducted nine strikes coordinated with and in support of the Kurdish Peshmerga using fighter aircraft.",
            ("Ninewa", "Location"), ("Task Force Falcon", "Organisation"), ("the Kurdish Peshmerga", "Organisation"));

        Assert.NotEmpty(document.Between("Task Force Falcon", Predicate.AlliedWith, "the Kurdish Peshmerga"));
    }

    [Fact]
    public void AStrikeCountAttacksTheTargetsItsAgainstPhraseNamesFurtherOn()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "In Ninewa, Task Force Falcon conducted six strikes using attack, bomber, fighter and remotely piloted aircraft against militia targets.",
            ("Ninewa", "Location"), ("Task Force Falcon", "Organisation"), ("six", "Quantity"), ("strikes", "Weapon"), ("bomber", "MilitaryPlatform"),
            ("fighter", "MilitaryPlatform"), ("remotely piloted aircraft", "MilitaryPlatform"), ("militia targets", "Location"));

        Assert.NotEmpty(document.Between("Task Force Falcon", Predicate.Attacked, "militia targets"));
    }

    [Fact]
    public void TellingSomeoneIsCommunicatingWithThem()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "A series of strikes this week near Tal Afar destroyed three depots and two bridges, Defense Ministry spokesman Omar Haddad told reporters today.",
            ("Tal Afar", "Location"), ("Defense Ministry spokesman Omar Haddad", "Person"), ("reporters", "Person"));

        Assert.NotEmpty(document.Between("Defense Ministry spokesman Omar Haddad", Predicate.MetWith, "reporters"));
    }

    [Fact]
    public void HostAndGuestsAreWhereTheHostingIs()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "Foreign Minister Rania Saleh will host defence ministers of the Northern Alliance in Amman on 3 May.",
            ("Foreign Minister Rania Saleh", "Person"), ("defence ministers", "Person"), ("the Northern Alliance", "Organisation"), ("Amman", "Location"));

        Assert.NotEmpty(document.Between("Foreign Minister Rania Saleh", Predicate.LocatedIn, "Amman"));
        Assert.NotEmpty(document.Between("defence ministers", Predicate.LocatedIn, "Amman"));
    }

    [Fact]
    public void PeopleFromABodyBelongToItUnlessTheFromIsAVerbs()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "The U.S. grant to the Monuments Fund will support conservation work by a team of Iraqi engineers under the guidance of field engineers from HTF, and Kurdish units rescued hostages from the Black Banner Brigade.",
            ("field engineers", "Person"), ("HTF", "Organisation"), ("Kurdish units", "Organisation"), ("hostages", "Person"),
            ("the Black Banner Brigade", "Organisation"));

        Assert.NotEmpty(document.Between("field engineers", Predicate.MemberOf, "HTF"));
        Assert.Empty(document.Between("hostages", Predicate.MemberOf));
    }

    [Fact]
    public void AGroupsCampaignInAPlaceIsItsPresenceThere()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "Western nations joined together to counter the Black Banner Brigade’s campaign in Ninewa and Kirkuk.",
            ("Western nations", "Organisation"), ("the Black Banner Brigade", "Organisation"), ("Ninewa", "Location"), ("Kirkuk", "Location"));

        Assert.NotEmpty(document.Between("the Black Banner Brigade", Predicate.OperatesIn, "Ninewa"));
        Assert.NotEmpty(document.Between("the Black Banner Brigade", Predicate.OperatesIn, "Kirkuk"));
    }

    [Fact]
    public void AnActorInABodyBelongsToItButAListBeforeItDoesNot()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "We will keep working with Governor Aziz, the Kurdish Peshmerga, and our partners in the Northern Alliance to rebuild Sinjar.",
            ("Governor Aziz", "Person"), ("the Kurdish Peshmerga", "Organisation"), ("our partners", "Organisation"), ("the Northern Alliance", "Organisation"),
            ("Sinjar", "Location"));

        Assert.NotEmpty(document.Between("our partners", Predicate.PartOf, "the Northern Alliance"));
        Assert.Empty(document.Between("the Kurdish Peshmerga", Predicate.PartOf, "the Northern Alliance"));
    }

    [Fact]
    public void APlaceAnotherOwnsIsInsideIt()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "Three strikes this week in eastern Chad’s Ouaddai region destroyed two depots.",
            ("eastern Chad", "Location"), ("Ouaddai region", "Location"));

        Assert.NotEmpty(document.Between("Ouaddai region", Predicate.LocatedIn, "eastern Chad"));
    }

    [Fact]
    public void WhoGoesOnADelegationOrADeploymentIsWhereItGoes()
    {
        var delegation = Extract.RunWithMentionsByPatterns(
            "Special Envoy Lina Farid will lead an interagency delegation to Amman, Jordan for talks on November 17.",
            ("Special Envoy Lina Farid", "Person"), ("Amman, Jordan", "Location"));
        var deployment = Extract.RunWithMentionsByPatterns(
            "Forty Citizen Airmen from the 101st Airlift Wing here departed for a deployment to Camp Lemonnier, Djibouti this week.",
            ("Forty Citizen Airmen", "Organisation"), ("the 101st Airlift Wing", "Organisation"), ("Camp Lemonnier, Djibouti", "Location"));

        Assert.NotEmpty(delegation.Between("Special Envoy Lina Farid", Predicate.LocatedIn, "Amman, Jordan"));
        Assert.NotEmpty(deployment.Between("Forty Citizen Airmen", Predicate.OperatesIn, "Camp Lemonnier, Djibouti"));
    }

    [Fact]
    public void APassiveWithAnAdverbBeforeItsParticipleStillNamesItsAgent()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "Task Force 52 is currently led by Commodore Lina Farid, commander of the Mine Countermeasures Group, embarked on the frigate Sabha.",
            ("Task Force 52", "Organisation"), ("Commodore Lina Farid", "Person"), ("the Mine Countermeasures Group", "Organisation"));

        Assert.NotEmpty(document.Between("Commodore Lina Farid", Predicate.Leads, "Task Force 52"));
    }

    [Fact]
    public void AtrocitiesPerpetratedAgainstPeopleAreHostilityToThem()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "This bombing displays the type of horrific atrocities that the Black Banner Brigade has perpetrated against thousands of villagers across Chad.",
            ("the Black Banner Brigade", "Organisation"), ("villagers", "Person"), ("Chad", "Location"));

        Assert.NotEmpty(document.Between("the Black Banner Brigade", Predicate.HostileTo, "villagers"));
    }

    [Fact]
    public void WhoActsTogetherWithOthersIsTheirAlly()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "“The crews of the 52nd Airlift Wing, together with our Joint and Coalition partners, are working hard to supply Ninewa,” Farid said.",
            ("52nd Airlift Wing", "Organisation"), ("Joint and Coalition partners", "Organisation"), ("Ninewa", "Location"), ("Farid", "Person"));

        Assert.NotEmpty(document.Between("52nd Airlift Wing", Predicate.AlliedWith, "Joint and Coalition partners"));
    }
}
