using Nexus.Ingest.Metadata;

namespace Nexus.Ingest.Tests;

public sealed class MetadataLineTests
{
    [Theory]
    [InlineData("Published:  03:49 PM, 27 February 2026", 2026, 2, 27, "15:49")]
    [InlineData("27 February 2026", 2026, 2, 27, null)]
    [InlineData("February 27, 2026", 2026, 2, 27, null)]
    [InlineData("Feb. 27th, 2026 at 9:05 am", 2026, 2, 27, "09:05")]
    [InlineData("2026-02-27", 2026, 2, 27, null)]
    [InlineData("27/02/2026", 2026, 2, 27, null)]
    [InlineData("Posted on 14.11.2024 | 18:30 IST", 2024, 11, 14, "18:30")]
    [InlineData("Friday, 27 February 2026 12:00 AM", 2026, 2, 27, "00:00")]
    [InlineData("Updated: 28 Feb 2026 - 10:15 GMT", 2026, 2, 28, "10:15")]
    public void DateLineGivesDateAndPrintedTime(string line, int year, int month, int day, string? time)
    {
        var date = DateLineParser.TryParse(line, DateOrder.Unknown, allowBare: true);

        Assert.NotNull(date);
        Assert.Equal(new DateOnly(year, month, day), date.Date);
        Assert.Equal(time, date.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PublishedWinsOverUpdatedOnOneLine()
    {
        var date = DateLineParser.TryParse("Updated 28 Feb 2026, published 27 Feb 2026", DateOrder.Unknown, allowBare: false);

        Assert.Equal(new DateOnly(2026, 2, 27), date?.Date);
        Assert.False(date?.IsUpdate);
    }

    [Theory]
    [InlineData(DateOrder.Unknown, null)]
    [InlineData(DateOrder.DayFirst, "2026-04-03")]
    [InlineData(DateOrder.MonthFirst, "2026-03-04")]
    public void AmbiguousNumericDateIsReadOnlyInAStatedOrder(DateOrder order, string? expected)
    {
        var date = DateLineParser.TryParse("Published: 03/04/2026", order, allowBare: false);

        Assert.Equal(expected, date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The meeting took place on 27 February 2026 in Quetta.")]
    [InlineData("27 February 2026")]
    public void SentenceOrUnlabelledDateAwayFromTheEdgesIsNotADateLine(string line)
    {
        Assert.Null(DateLineParser.TryParse(line, DateOrder.Unknown, allowBare: false));
    }

    [Theory]
    [InlineData("By Anna Mahjar-Barducci", new[] { "Anna Mahjar-Barducci" })]
    [InlineData("By Lena Okafor and Tomas Ridel", new[] { "Lena Okafor", "Tomas Ridel" })]
    [InlineData("By Lena Okafor, Tomas Ridel & Sami al-Hakim", new[] { "Lena Okafor", "Tomas Ridel", "Sami al-Hakim" })]
    [InlineData("Author: Reuters", new[] { "Reuters" })]
    [InlineData("Written by Anna Mahjar-Barducci | 27 Feb 2026", new[] { "Anna Mahjar-Barducci" })]
    [InlineData("Written by: Anna Mahjar-Barducci (The author is is a MEMRI Senior Research Fellow.)", new[] { "Anna Mahjar-Barducci" })]
    [InlineData("By J. R. Smith, Senior Correspondent", new[] { "J. R. Smith" })]
    public void BylineGivesItsAuthors(string line, string[] authors)
    {
        var byline = BylineParser.TryParse(line, DateOrder.Unknown);

        Assert.NotNull(byline);
        Assert.Equal(authors, byline.Authors);
    }

    [Fact]
    public void BylineWithDateGivesTheDate()
    {
        var byline = BylineParser.TryParse("By Anna Mahjar-Barducci | 27 Feb 2026", DateOrder.Unknown);

        Assert.Equal(new DateOnly(2026, 2, 27), byline?.Date?.Date);
    }

    [Theory]
    [InlineData("By June 2025, LeT chief Rana Mohammad Ashfaq and his deputy, Saifullah Kasuri, had convened a meeting in Balochistan.")]
    [InlineData("By 2020, the group had lost most of its territory.")]
    [InlineData("By Allah, we will return.")]
    [InlineData("Authorities said the camp was closed.")]
    public void SentenceStartingWithByIsNotAByline(string line)
    {
        Assert.Null(BylineParser.TryParse(line, DateOrder.Unknown));
    }

    [Theory]
    [InlineData(">> Source: Memri.org", "Memri.org")]
    [InlineData("Source: The Diplomat", "The Diplomat")]
    [InlineData("Originally published by Lawfare.", "Lawfare")]
    [InlineData("This article first appeared on The Valley Monitor.", "The Valley Monitor")]
    [InlineData("This article was originally published on War on the Rocks and is republished with permission.", "War on the Rocks")]
    public void OriginLineGivesTheOriginalPublisher(string line, string origin)
    {
        Assert.Equal(origin, OriginParser.TryParse(line));
    }

    [Theory]
    [InlineData("Sources said the talks had failed.")]
    [InlineData("The source of the funds remains unclear: investigators are still looking.")]
    public void SentenceAboutSourcesIsNotAnOriginLine(string line)
    {
        Assert.Null(OriginParser.TryParse(line));
    }

    [Theory]
    [InlineData("A commander hands over a pistol. (Source: Wion)", "A commander hands over a pistol.", "Wion")]
    [InlineData("Fighters at a checkpoint near Quetta (Photo/AFP)", "Fighters at a checkpoint near Quetta", "AFP")]
    [InlineData("The camp in 2023. (Image credit: Maxar Technologies)", "The camp in 2023.", "Maxar Technologies")]
    [InlineData("The border crossing at Torkham [Photo: Reuters]", "The border crossing at Torkham", "Reuters")]
    public void TrailingCreditIsLiftedFromItsCaption(string text, string caption, string credit)
    {
        Assert.Equal((caption, credit), CreditParser.TryStripTrailing(text));
    }

    [Theory]
    [InlineData("Photo: Reuters", "Reuters")]
    [InlineData("Image credit: Ministry press office", "Ministry press office")]
    public void CreditLineGivesTheCredit(string line, string credit)
    {
        Assert.Equal(credit, CreditParser.TryParseLine(line));
    }

    [Fact]
    public void ParentheticalThatIsNotACreditStays()
    {
        Assert.Null(CreditParser.TryStripTrailing("The group was founded in 2015 (according to the dossier)."));
    }
}
