using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Daily strike reports: an opening place holds everything its clause lists as struck, who conducts strikes against an
/// enemy somewhere is there too, and whom a strike hit is where it struck. A report's list is its author's assertion; the
/// same list reported by someone else keeps its holder.
/// </summary>
public sealed class StrikeReportTests
{
    private const string Report =
        "Near Kandahar, three strikes engaged two ISKP tactical units and destroyed a training camp, two fighting positions and a supply route.";

    private static readonly (string, string)[] ReportMentions =
    [
        ("Kandahar", "Location"), ("ISKP tactical units", "Organisation"), ("a training camp", "Location"),
        ("two fighting positions", "Location"), ("a supply route", "Location"),
    ];

    [Fact]
    public void AStrikeReportPlacesEverythingItListsUnderItsOpeningPlace()
    {
        var document = Extract.RunWithMentions(Report, ReportMentions);

        Assert.Equal(Modality.Asserted, document.Single("ISKP tactical units", Predicate.OperatesIn, "Kandahar").Modality);
        foreach (var target in (string[])["a training camp", "two fighting positions", "a supply route"])
        {
            var claim = document.Single(target, Predicate.LocatedIn, "Kandahar");
            Assert.Equal("strike-list-place", claim.Pattern);
            Assert.Equal(Modality.Asserted, claim.Modality);
            Assert.Equal(HolderKind.Author, claim.Holder.Kind);
        }
    }

    [Fact]
    public void AStrikeListSomeoneElseReportsKeepsItsHolder()
    {
        var document = Extract.RunWithMentions(Report[..^1] + ", the Taliban claimed.", [.. ReportMentions, ("the Taliban", "Organisation")]);

        var claims = document.Between("a training camp", Predicate.LocatedIn, "Kandahar");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.NotEqual(Modality.Asserted, c.Modality));
        Assert.All(claims, c => Assert.Equal("the Taliban", c.Holder.Text));
    }

    [Fact]
    public void AnOpeningPlaceOutsideAStrikeReportPlacesNoOtherPlace()
    {
        var document = Extract.RunWithMentions(
            "Near Kandahar, ISKP tactical units occupied a training camp.",
            ("Kandahar", "Location"), ("ISKP tactical units", "Organisation"), ("a training camp", "Location"));

        Assert.NotEmpty(document.Between("ISKP tactical units", Predicate.OperatesIn, "Kandahar"));
        Assert.Empty(document.Between("a training camp", Predicate.LocatedIn, "Kandahar"));
    }

    [Fact]
    public void WhoStrikesAnEnemySomewhereOperatesThere()
    {
        var document = Extract.RunParsed("On Monday, Afghan forces conducted 12 strikes against ISKP fighters in Afghanistan and Pakistan.");

        Assert.Contains(document.Between("Afghan forces", Predicate.OperatesIn, "Afghanistan"), c => c.Pattern == "dep:strike-in-place");
        Assert.Contains(document.Between("Afghan forces", Predicate.OperatesIn, "Pakistan"), c => c.Pattern == "dep:strike-in-place");
    }

    [Fact]
    public void WhomAStrikeKilledWasWhereItStruck()
    {
        var document = Extract.RunParsed("On Tuesday, Mehmet Gören was killed by a drone strike near Mastung.");

        var claim = document.Single("Mehmet Gören", Predicate.LocatedIn, "Mastung");
        Assert.Equal("dep:struck-in-place", claim.Pattern);
        Assert.Equal(Modality.Asserted, claim.Modality);
    }

    [Fact]
    public void WhereAStrikeHitStaysHedgedWhenTheKillingIs()
    {
        var document = Extract.RunParsed("Mehmet Gören was possibly killed by a drone strike near Mastung, officials said.");

        var claims = document.Between("Mehmet Gören", Predicate.LocatedIn, "Mastung");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.NotEqual(Modality.Asserted, c.Modality));
    }

    [Fact]
    public void AnOpeningPlaceAfterTodayAndItsSettingPlacesTheSubjects()
    {
        var today = Extract.RunParsed("Today in Kabul, Mehmet Gören and Saifullah Kasuri announced a new agreement.");
        var setting = Extract.RunWithMentions(
            "At the Grand Hotel in Quetta, Mehmet Gören and Saifullah Kasuri announced a new agreement.",
            ("the Grand Hotel", "Location"), ("Quetta", "Location"), ("Mehmet Gören", "Person"), ("Saifullah Kasuri", "Person"));

        Assert.NotEmpty(today.Between("Mehmet Gören", Predicate.LocatedIn, "Kabul"));
        Assert.NotEmpty(today.Between("Saifullah Kasuri", Predicate.LocatedIn, "Kabul"));
        Assert.NotEmpty(setting.Between("Mehmet Gören", Predicate.LocatedIn, "the Grand Hotel"));
        Assert.NotEmpty(setting.Between("Saifullah Kasuri", Predicate.LocatedIn, "the Grand Hotel"));
    }
}
