using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Ties CT reporting states in shapes the patterns used to miss or misdate: pledges of allegiance, succession to a post,
/// a patron's proxy, munitions fired at a target, a participle's agent ("Hamas, funded by Iran"), a reported killing, and
/// appositions, whose content the date of the clause around them does not date.
/// </summary>
public sealed class AffiliationTests
{
    [Theory]
    [InlineData("In 2015, the Haqqani network renewed its allegiance to the Taliban.", "Haqqani network", Predicate.PartOf)]
    [InlineData("In 2004, Abu Musab al-Zarqawi swore an oath of allegiance to Al-Qaida.", "Abu Musab al-Zarqawi", Predicate.MemberOf)]
    public void WhoPledgesAllegianceJoinsWhomItPledgesTo(string text, string pledger, Predicate predicate)
    {
        var document = Extract.RunParsed(text);

        var claim = document.Single(pledger, predicate);
        Assert.NotEqual(pledger, document.NameOf(claim.Object));
        Assert.NotNull(claim.Time);
    }

    [Fact]
    public void WhoSucceedsSomeoneAsLeaderLeads()
    {
        var document = Extract.RunParsed("Ayman al-Zawahiri succeeded Osama bin Laden as the leader of Al-Qaida in June 2011.");

        Assert.Equal("June 2011", document.Single("Ayman al-Zawahiri", Predicate.Leads, "Al-Qaida").Time?.Text);
    }

    [Fact]
    public void APatronsProxyIsBackedByIt()
    {
        var document = Extract.RunParsed("Hezbollah, Iran's main proxy in Lebanon, sent fighters to Syria in 2013.");

        Assert.Null(document.Single("Iran", Predicate.Sponsors, "Hezbollah").Time);
    }

    [Fact]
    public void AnAppositionIsNotDatedByTheClauseAroundIt()
    {
        var founder = Extract.RunParsed("Hafiz Saeed, the founder of Lashkar-e-Taiba, was sentenced by a court in Lahore in 2020.");
        var meeting = Extract.Run("By June 2025, LeT chief Rana Mohammad Ashfaq and his deputy, Saifullah Kasuri, had convened a meeting in Balochistan.");

        Assert.Null(founder.Single("Hafiz Saeed", Predicate.Founded).Time);
        Assert.Equal("By June 2025", meeting.Single("Rana Mohammad Ashfaq", Predicate.MetWith, "Saifullah Kasuri").Time?.Text);
    }

    [Fact]
    public void AParticipleOpeningAnAppositionIsAPassiveOfTheNameBeforeIt()
    {
        var document = Extract.Run("The Houthis, long backed by Iran, attacked Mumbai in 2021.");

        Assert.Null(document.Single("Iran", Predicate.Sponsors, "Houthis").Time);
        Assert.Equal("2021", document.Single("Houthis", Predicate.Attacked, "Mumbai").Time?.Text);
    }

    [Fact]
    public void AReportedKillingIsAReportedDeath()
    {
        var claim = Extract.RunParsed("ISKP commander Sanaullah Ghafari was reportedly killed in Kunar province in June 2023.")
            .Single("Sanaullah Ghafari", Predicate.Died);

        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal("June 2023", claim.Time?.Text);
    }

    [Fact]
    public void ANationalityBeforeAPartNounModifiesThePart()
    {
        var document = Extract.RunWithMentionsByPatterns(
            "Al-Qaeda in the Arabian Peninsula, al-Qaeda's Yemeni branch, has been led by Khalid Batarfi since 2020.",
            ("Al-Qaeda in the Arabian Peninsula", "Organisation"), ("al-Qaeda", "Organisation"), ("Yemeni", "Nationality"), ("Khalid Batarfi", "Person"));

        Assert.Single(document.Between("Al-Qaeda in the Arabian Peninsula", Predicate.PartOf, "al-Qaeda"));
    }

    [Fact]
    public void ASubordinateClauseHasASubjectOfItsOwn()
    {
        var document = Extract.Run("Lashkar-e-Taiba split in 2016, when a faction loyal to its founder joined the Taliban.");

        Assert.DoesNotContain(document.Claims, c => c.Predicate is Predicate.PartOf or Predicate.MemberOf);
    }

    // Munitions fired at a place attack it, and are not where the firing was; those fighting alongside others are their
    // allies; "its" after a sentence opening "The United Kingdom" is the kingdom's, not the body named a sentence before.
    [Theory]
    [InlineData("The Houthis fired ballistic missiles at Riyadh last week.", "Houthis", Predicate.Attacked, "Riyadh", "Houthis", Predicate.OperatesIn)]
    [InlineData("The Taliban fought alongside Al-Qaida in 2001.", "Taliban", Predicate.AlliedWith, "Al-Qaida", "Taliban", Predicate.HostileTo)]
    [InlineData("The Taliban attacked Kabul in 2009. The United Kingdom remains steadfast in its support of Pakistan.",
        "United Kingdom", Predicate.Sponsors, "Pakistan", "Taliban", Predicate.Sponsors)]
    public void TheWordsAroundATriggerPickItsReading(string text, string subject, Predicate predicate, string obj, string notSubject, Predicate notPredicate)
    {
        var document = Extract.RunParsed(text);

        Assert.Single(document.Between(subject, predicate, obj));
        Assert.Empty(document.Between(notSubject, notPredicate));
    }
}
