namespace Nexus.Ingest.Tests;

/// <summary>
/// Pages of invented prose under invented chrome: the rule is not tuned to one site. Each test checks
/// recall (every body paragraph, short quotes included, comes through unchanged) and precision (no chrome).
/// </summary>
public sealed class InventedPageTests
{
    private static readonly string[] ThinkTankBody =
    [
        "Customs officials in the port city reported a sharp drop in seizures along the southern corridor last year, while inspections further north found more contraband hidden in fishing vessels.",
        "“We are chasing boats that change their registration every season,” one inspector said.",
        "Analysts at the institute believe the shift follows a crackdown on two brokers who had controlled the southern trade since 2019.",
        "The brokers were arrested in January, according to court filings seen by the institute.",
        "Fishermen say they are approached at night.",
    ];

    private static readonly string[] ThinkTankChrome =
    [
        "Harbor Watch Institute", "About | Research | Events | Donate", "Menu", "Analysis",
        "Tags: smuggling, maritime, customs", "Share: Facebook | X | LinkedIn", "Subscribe to our newsletter", "© 2025 Harbor Watch Institute",
    ];

    private static string ThinkTankPage() => string.Join("\n", [
        .. ThinkTankChrome[..4],
        "Smuggling Routes Shift to the Northern Coast",
        "By Lena Okafor and Tomas Ridel",
        "March 3, 2025",
        .. ThinkTankBody,
        .. ThinkTankChrome[4..],
    ]);

    [Fact]
    public async Task ThinkTankScrapeKeepsEveryBodyParagraphIncludingTheShortOnes()
    {
        var document = await Harness.DocumentAsync("harbor.txt", ThinkTankPage());

        Assert.Equal(ThinkTankBody, Harness.Paragraphs(document));
    }

    [Fact]
    public async Task ThinkTankScrapeGivesHeadlineAuthorsAndDate()
    {
        var document = await Harness.DocumentAsync("harbor.txt", ThinkTankPage());

        Assert.Equal("Smuggling Routes Shift to the Northern Coast", document.Metadata.Title);
        Assert.Equal<string>(["Lena Okafor", "Tomas Ridel"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2025, 3, 3), document.Metadata.Published);
    }

    [Fact]
    public async Task ShortQuoteBetweenLongParagraphsIsNotRemoved()
    {
        var page = string.Join("\n\n", [
            "Home | News | Contact",
            "Two commanders met near the border crossing on Tuesday, according to officials who spoke on condition of anonymity about the talks.",
            "\"No.\"",
            "That was the whole of the spokesman's answer when he was asked whether the group would disarm before the elections in the spring.",
            "Share this article",
        ]);

        var document = await Harness.DocumentAsync("quote.txt", page);

        Assert.Contains("\n\n\"No.\"\n\n", document.Text, StringComparison.Ordinal);
        Assert.Equal(3, Harness.Paragraphs(document).Count);
    }

    private static readonly string[] StatementBody =
    [
        "The Ministry has completed its review of the eleven official crossings on the western border and will publish the findings to Parliament next month.",
        "Inspectors found that four crossings lacked working scanners and that staff at two of them had not been vetted since 2018.",
        "\"No crossing will close without notice,\" the Minister said.",
        "Traders and transport unions will be consulted before any change to opening hours.",
    ];

    private static string StatementPage() => $"""
        <html><head><title>Statement on the review of border crossings – Ministry of Interior</title></head>
        <body>
        <div id="top-bar"><a href="/">Ministry of Interior</a> <a href="/ar">العربية</a></div>
        <ul class="menu"><li><a href="/">Home</a></li><li><a href="/press">Press releases</a></li><li><a href="/contact">Contact</a></li></ul>
        <div id="content">
        <h1>Statement on the review of border crossings</h1>
        <p class="date">Posted on 14/11/2024</p>
        {string.Concat(StatementBody.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>\n"))}
        <p>Image credit: Ministry press office</p>
        </div>
        <div class="bottom"><p>Was this page useful? Yes | No</p><p>Copyright 2024 Ministry of Interior. All rights reserved.</p></div>
        </body></html>
        """;

    [Fact]
    public async Task GovernmentStatementPageKeepsItsBodyAndLiftsDateAndCredit()
    {
        var document = await Harness.DocumentAsync("statement.html", StatementPage());

        Assert.Equal(StatementBody, Harness.Paragraphs(document));
        Assert.Equal("Statement on the review of border crossings", document.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 11, 14), document.Metadata.Published);
        Assert.Equal<string>(["Ministry press office"], document.Metadata.Credits);
    }

    private const string Digest = """
        WEEKLY SECURITY DIGEST -- Issue 41
        Unsubscribe | View in browser

        Militia leaders meet in the valley

        Reporting from the region suggests that three militia commanders met
        in the valley town last week to divide control of the smuggling
        routes. Local sources said the meeting lasted two days.

        The commanders reportedly agreed to share checkpoint revenue and to
        stop attacking each other's convoys, though none of them has said so
        in public.

        "It was a business meeting," a local elder said.

        This article first appeared on The Valley Monitor.

        You are receiving this email because you signed up for our updates.
        Forward to a friend | Update preferences
        """;

    [Fact]
    public async Task HardWrappedNewsletterIsRejoinedIntoParagraphs()
    {
        var document = await Harness.DocumentAsync("digest.txt", Digest);

        Assert.Equal<string>(
        [
            "Reporting from the region suggests that three militia commanders met in the valley town last week to divide control of the smuggling routes. Local sources said the meeting lasted two days.",
            "The commanders reportedly agreed to share checkpoint revenue and to stop attacking each other's convoys, though none of them has said so in public.",
            "\"It was a business meeting,\" a local elder said.",
        ], Harness.Paragraphs(document));
        Assert.Equal("Militia leaders meet in the valley", document.Metadata.Title);
        Assert.Equal("The Valley Monitor", document.Metadata.Origin);
    }
}
