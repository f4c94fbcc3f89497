using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// A relation read for one member of a coordinated list holds for every member, read from the words between the
/// mentions where the parse misses the coordination; titles and appositions are not copied, and every copy keeps the
/// holder and modality of the sentence.
/// </summary>
public sealed class CoordinationTests
{
    [Fact]
    public void EveryCountryOfASubjectListIsHostileToWhomTheStrikesTarget()
    {
        var document = Extract.RunParsed("Pakistan, Iran, Iraq and Afghanistan have participated in strikes against ISKP.");

        foreach (var country in (string[])["Pakistan", "Iran", "Iraq", "Afghanistan"])
        {
            var claims = document.Between(country, Predicate.HostileTo, "Islamic State Khorasan Province");
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.Equal(Modality.Asserted, c.Modality));
        }
    }

    [Fact]
    public void EveryGroupOfAnObjectListIsFought()
    {
        var document = Extract.RunWithMentions(
            "The Taliban fought ISKP, the Haqqani Network and Al-Qaida in Kunar.",
            ("The Taliban", "Organisation"), ("ISKP", "Organisation"), ("the Haqqani Network", "Organisation"), ("Al-Qaida", "Organisation"),
            ("Kunar", "Location"));

        Assert.NotEmpty(document.Between("The Taliban", Predicate.HostileTo, "Islamic State Khorasan Province"));
        Assert.NotEmpty(document.Between("The Taliban", Predicate.HostileTo, "the Haqqani Network"));
        Assert.NotEmpty(document.Between("The Taliban", Predicate.HostileTo, "Al-Qaida"));
    }

    [Fact]
    public void ATitleBeforeTheFirstNameOfAListIsNotCopied()
    {
        var document = Extract.RunParsed("ISKP chief Aslam Farooqi and Mehmet Gören met in Kabul.");

        Assert.NotEmpty(document.Between("Aslam Farooqi", Predicate.Leads, "Islamic State Khorasan Province"));
        Assert.Empty(document.Between("Mehmet Gören", Predicate.Leads));
        Assert.Empty(document.Between("Mehmet Gören", Predicate.MemberOf));
    }

    [Fact]
    public void CopiesFromAHedgedReportedSentenceStayHedged()
    {
        var document = Extract.RunWithMentions(
            "Officials said that Pakistan, Iran and Afghanistan had possibly fought ISKP and the Taliban.",
            ("Officials", "Person"), ("Pakistan", "Location"), ("Iran", "Location"), ("Afghanistan", "Location"), ("ISKP", "Organisation"),
            ("the Taliban", "Organisation"));

        var claims = document.Claims.Where(c => c.Predicate == Predicate.HostileTo).ToList();
        Assert.Equal(6, claims.Count);
        Assert.All(claims, c => Assert.NotEqual(Modality.Asserted, c.Modality));
    }

    [Fact]
    public void AlternativesJoinedByOrAreEachOnlyAPossibility()
    {
        var document = Extract.RunParsed("Pakistan, Iran or Afghanistan fought ISKP.");

        var claims = ((string[])["Pakistan", "Iran", "Afghanistan"])
            .SelectMany(country => document.Between(country, Predicate.HostileTo, "Islamic State Khorasan Province")).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(Modality.Speculative, c.Modality));
    }

    [Fact]
    public void ReportedAlternativesAreTheReportersPossibilities()
    {
        var document = Extract.RunParsed("Indian officials said Pakistan or Iran supplied ISKP with rifles.");

        var claims = ((string[])["Pakistan", "Iran"])
            .SelectMany(country => document.Between(country, Predicate.Supplied, "Islamic State Khorasan Province")).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal((Modality.Speculative, "Indian officials"), (c.Modality, c.Holder.Text)));
    }

    [Fact]
    public void AnotherNameOfTheSameGroupAfterOrIsNoAlternative()
    {
        var document = Extract.RunParsed("Lashkar-e-Taiba, or LeT, fought ISKP.");

        var claim = Assert.Single(document.Between("Lashkar-e-Taiba", Predicate.HostileTo, "Islamic State Khorasan Province"));
        Assert.Equal(Modality.Asserted, claim.Modality);
    }
}
