using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Claims an analyst would have to reject: an argument taken across a clause or list boundary, a list read as units
/// nesting, a country that only says where a town is, a word that names no one, a place beside another read as in it.
/// </summary>
public sealed class PrecisionTests
{
    [Fact]
    public void WhereAPlaceLiesCarriesNoDate()
    {
        foreach (var text in new[] { "In April 2024, militants travelled to Quetta, Pakistan, for training.", "In April 2024, militants trained in Quetta in Pakistan." })
        {
            Assert.Null(Extract.Run(text).Single("Quetta", Predicate.LocatedIn, "Pakistan").Time);
        }
    }

    [Fact]
    public void APostIsNoNameALaterHolderOfAnotherPostRepeats()
    {
        var document = Extract.RunParsed(
            "The Foreign Secretary met the Iraqi Foreign Minister in London. The Minister for Central Asia, Tobias Ellwood, visited Pakistan on 4 April.");

        Assert.Empty(document.Between("Iraqi Foreign Minister", Predicate.LocatedIn, "Pakistan"));
        Assert.Single(document.Between("Tobias Ellwood", Predicate.LocatedIn, "Pakistan"));
    }

    [Theory]
    [InlineData("Reserve Airmen left Quetta this year to support ongoing operations against the Taliban.")]
    [InlineData("Soldiers are willing to take up the fight to protect our homeland from the Taliban's ideology.")]
    [InlineData("The deal supports expanding economic relations with the Taliban.")]
    public void ANameInAnotherNounsPhraseIsNotWhoIsBacked(string text) =>
        Assert.DoesNotContain(Extract.RunParsed(text).Claims, c => c.Predicate == Predicate.Sponsors);

    [Theory]
    [InlineData("The Foreign Secretary underlined the United Kingdom's commitment to supporting the government of Iraq.", "United Kingdom", "Iraq")]
    [InlineData("The Taliban took Kabul. It only underscores the importance of Pakistan's efforts to support the Houthis.", "Pakistan", "Houthis")]
    public void WhoseCommitmentOrEffortsItIsBacks(string text, string backer, string backed)
    {
        var document = Extract.RunParsed(text);

        var backing = document.Claims.Where(c => c.Predicate == Predicate.Sponsors).ToList();
        Assert.NotEmpty(backing);
        Assert.All(backing, c => Assert.Equal((backer, true), (document.NameOf(c.Subject), document.NameOf(c.Object).Contains(backed, StringComparison.Ordinal))));
    }

    [Fact]
    public void WhoCondemnsAnAttackDidNotMakeIt() =>
        Assert.Empty(Extract.RunParsed("Pakistan strongly condemns today's brutal, senseless terrorist attack on Mastung that killed 9 people.")
            .Between("Pakistan", Predicate.Attacked));

    [Theory]
    [InlineData("Pakistan welcomed the Taliban's capture of Kabul.", "Pakistan")]
    [InlineData("Minister Aslam Farooqi welcomes the Taliban's liberation of Mastung and reiterates Pakistan support for Iran in the fight against al-Qaida.", "Aslam Farooqi")]
    public void WhoWelcomesAnActMeetsNoOneAndFightsNoOne(string text, string welcomer)
    {
        var document = Extract.RunParsed(text);

        Assert.Empty(document.Between(welcomer, Predicate.MetWith));
        Assert.Empty(document.Between(welcomer, Predicate.HostileTo));
    }

    [Fact]
    public void AFightSupportedIsTheFightOfWhomItSupports()
    {
        var document = Extract.RunParsed("Minister Aslam Farooqi reiterates Pakistan support for Iran in the fight against al-Qaida.");

        Assert.NotEmpty(document.Between("Iran", Predicate.HostileTo, "al-Qaida"));
        Assert.Empty(document.Between("Aslam Farooqi", Predicate.HostileTo));
        Assert.Empty(document.Between("Pakistan", Predicate.HostileTo));
    }

    [Theory]
    [InlineData("Aslam Farooqi also raised the situation in Balochistan, where the violence continues.")]
    [InlineData("Aslam Farooqi condemns apparent barrel bomb attacks in Balochistan which have killed civilians.")]
    [InlineData("Aslam Farooqi joined the Afghan Foreign Minister and partners for talks on the humanitarian situation in Balochistan.")]
    public void ThePlaceOfATopicIsNotWhereItsSpeakerIs(string text) =>
        Assert.Empty(Extract.RunParsed(text).Between("Aslam Farooqi", Predicate.LocatedIn, "Balochistan"));

    [Fact]
    public void WhoJoinsAPostsHolderMeetsThem()
    {
        var document = Extract.RunParsed("Aslam Farooqi joined US Secretary of State John Kerry in Mumbai on 10 December for talks.");

        Assert.Single(document.Between("Aslam Farooqi", Predicate.MetWith, "John Kerry"));
        Assert.Single(document.Between("Aslam Farooqi", Predicate.LocatedIn, "Mumbai"));
        Assert.Empty(document.Between("Aslam Farooqi", Predicate.MemberOf));
    }

    [Fact]
    public void ANameInAnOpeningAdverbialIsNoSubject()
    {
        var document = Extract.RunWithMentions(
            "Because of his ties to arms smugglers and Nusra Front commanders, the raid will degrade Jaysh al-Fath's supply lines.",
            ("Nusra Front", "Organisation"), ("Jaysh al-Fath", "Organisation"));

        Assert.Empty(document.Between("Nusra Front", Predicate.HostileTo));
    }

    [Fact]
    public void WhatIsLedComesBeforeAnyPlacePhrase()
    {
        var document = Extract.Run("Special Envoy Aslam Farooqi will lead an interagency delegation to Quetta, Pakistan.");

        Assert.Empty(document.Between("Aslam Farooqi", Predicate.Leads));
    }

    [Fact]
    public void AnUnnamedObjectAndItsCommaEndTheVerbsPhrase()
    {
        var document = Extract.Run("Lashkar-e-Tayyiba attacked the convoy, the Taliban said.");

        Assert.Empty(document.Between("Lashkar-e-Tayyiba", Predicate.Attacked, "Taliban"));
    }

    [Fact]
    public void TheSubjectIsNotSoughtBeyondAnotherClausesVerbAndItsObject()
    {
        var document = Extract.RunParsed(
            "The bombing shows the cruelty that ISKP has inflicted on villagers across Iran and Pakistan and proves the need to arm those on the ground fighting ISKP.");

        Assert.Empty(document.Between("Iran", Predicate.HostileTo));
        Assert.Empty(document.Between("Pakistan", Predicate.HostileTo));
    }

    [Fact]
    public void APurposeCoordinatedOrRelativeClauseVerbFindsTheSubjectFurtherLeft()
    {
        var purpose = Extract.RunWithMentions(
            "Boko Haram used stolen trucks to attack Chad.", ("Boko Haram", "Organisation"), ("Chad", "Location"));
        var coordinated = Extract.RunWithMentions(
            "Boko Haram seized the depot and attacked Chad.", ("Boko Haram", "Organisation"), ("Chad", "Location"));

        var relative = Extract.RunWithMentions(
            "The Chadian Army has three partner sites, which were instrumental in training Nigerien brigades.",
            ("The Chadian Army", "Organisation"), ("Nigerien brigades", "Organisation"));

        Assert.NotEmpty(purpose.Between("Boko Haram", Predicate.Attacked, "Chad"));
        Assert.NotEmpty(coordinated.Between("Boko Haram", Predicate.Attacked, "Chad"));
        Assert.NotEmpty(relative.Between("The Chadian Army", Predicate.Trained, "Nigerien brigades"));
    }

    [Fact]
    public void WhichAfterAPossessedNounIsThatNounNotANameFurtherLeft()
    {
        var document = Extract.RunParsed(
            "France strongly condemns the Taliban's attacks in the city of Kunduz in Kunduz Province, which targeted and killed scores of Afghan police officers.");

        Assert.DoesNotContain(document.Claims, c => document.NameOf(c.Subject) == "France" && c.Object is not null && document.NameOf(c.Object) == "Afghan police");
    }

    [Fact]
    public void WhoAfterAnAppositionWithAParticipleIsTheNamedMan()
    {
        var document = Extract.RunWithMentions(
            "Officials said that Abu Umar Kano, a Maiduguri-born cleric who served as Boko Haram's emir, died in 2021.",
            ("Officials", "Person"), ("Abu Umar Kano", "Person"), ("Maiduguri", "Location"), ("Boko Haram", "Organisation"));

        var claims = document.Between("Abu Umar Kano", Predicate.Leads, "Boko Haram");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(Modality.Reported, c.Modality));
    }

    [Fact]
    public void WhatAVerbIncludesStartsRightAfterIt()
    {
        var owned = Extract.RunWithMentions(
            "NATO will include a detailed review of plans for the Coalition's working groups.",
            ("NATO", "Organisation"), ("the Coalition", "Organisation"));
        var further = Extract.RunWithMentions(
            "NATO will include a detailed review of priorities along several lines of effort, including the Coalition, financing and messaging.",
            ("NATO", "Organisation"), ("the Coalition", "Organisation"));
        var listed = Extract.RunWithMentions(
            "The Northern Alliance includes the Hazara Brigade, the Tajik Front and the Uzbek Militia.",
            ("The Northern Alliance", "Organisation"), ("the Hazara Brigade", "Organisation"), ("the Tajik Front", "Organisation"),
            ("the Uzbek Militia", "Organisation"));

        Assert.DoesNotContain(owned.Claims, c => c.Pattern == "group-includes");
        Assert.DoesNotContain(further.Claims, c => c.Pattern == "group-includes");
        Assert.NotEmpty(listed.Between("the Hazara Brigade", Predicate.PartOf, "The Northern Alliance"));
    }

    [Fact]
    public void UnitsInAListDoNotNestAndOthersNamesNoOne()
    {
        var document = Extract.RunWithMentions(
            "Washington backs the Iraqi Armed Forces, Popular Mobilization Forces, and others in the campaign against Daesh.",
            ("Washington", "Location"), ("the Iraqi Armed Forces", "Organisation"), ("Popular Mobilization Forces", "Organisation"),
            ("others", "Organisation"), ("Daesh", "Organisation"));
        var unit = Extract.RunWithMentions(
            "Booker served with the 3rd Battalion, 321st Field Artillery Regiment.",
            ("Booker", "Person"), ("the 3rd Battalion", "Organisation"), ("321st Field Artillery Regiment", "Organisation"));

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.PartOf);
        Assert.DoesNotContain(document.Claims, c => document.NameOf(c.Subject) == "others" || c.Object is not null && document.NameOf(c.Object) == "others");
        Assert.NotEmpty(unit.Between("the 3rd Battalion", Predicate.PartOf, "321st Field Artillery Regiment"));
    }

    [Fact]
    public void ACountryAfterATownSaysWhereItIsAndIsNoSecondTarget()
    {
        var document = Extract.RunParsed("The Kurdish Peshmerga began their advance to isolate Mosul, Iraq, on Monday.");

        Assert.Empty(document.Between("Kurdish Peshmerga", Predicate.HostileTo, "Iraq"));
        Assert.NotEmpty(document.Between("Mosul", Predicate.LocatedIn, "Iraq"));
    }

    [Fact]
    public void AHedgedReportStaysHedgedWhereTheSubjectIsFound()
    {
        var document = Extract.RunWithMentions(
            "Officials said that Boko Haram had reportedly attacked Chad.",
            ("Officials", "Person"), ("Boko Haram", "Organisation"), ("Chad", "Location"));

        var claims = document.Between("Boko Haram", Predicate.Attacked, "Chad");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.NotEqual(Modality.Asserted, c.Modality));
    }

    [Fact]
    public void TheNeedOrACallToArmSomeoneNamesNoSupplier()
    {
        var need = Extract.RunParsed(
            "The bombing shows the cruelty that ISKP has inflicted on villagers across Iran and Pakistan and proves the need to arm those on the ground fighting ISKP.");
        var call = Extract.RunWithMentions(
            "Iran called for Russia to arm the Taliban.", ("Iran", "Location"), ("Russia", "Location"), ("the Taliban", "Organisation"));

        Assert.DoesNotContain(need.Claims, c => c.Predicate == Predicate.Supplied);
        Assert.DoesNotContain(call.Claims, c => c.Predicate == Predicate.Supplied);
    }

    [Fact]
    public void APlanAnAttemptOrAPlotIsNoEventThatHappened()
    {
        var plan = Extract.RunWithMentions(
            "Officials said that Boko Haram plans to attack the Chadian Army.", ("Officials", "Person"), ("Boko Haram", "Organisation"),
            ("the Chadian Army", "Organisation"));
        var plot = Extract.RunWithMentions(
            "Boko Haram was plotting attacks on Chad.", ("Boko Haram", "Organisation"), ("Chad", "Location"));
        var seeking = Extract.RunWithMentions(
            "Abu Umar Kano was seeking to join Boko Haram.", ("Abu Umar Kano", "Person"), ("Boko Haram", "Organisation"));
        var done = Extract.RunWithMentions(
            "Abu Umar Kano joined Boko Haram.", ("Abu Umar Kano", "Person"), ("Boko Haram", "Organisation"));
        var efforts = Extract.RunWithMentions(
            "NATO's efforts to support the Chadian Army continue.", ("NATO", "Organisation"), ("the Chadian Army", "Organisation"));

        Assert.Empty(plan.Between("Boko Haram", Predicate.Attacked, "the Chadian Army"));
        Assert.Empty(plot.Between("Boko Haram", Predicate.Attacked, "Chad"));
        Assert.Empty(seeking.Between("Abu Umar Kano", Predicate.MemberOf, "Boko Haram"));
        var hostile = plan.Between("Boko Haram", Predicate.HostileTo, "the Chadian Army");
        Assert.NotEmpty(hostile);
        Assert.All(hostile, c => Assert.Equal(Modality.Reported, c.Modality));
        Assert.NotEmpty(done.Between("Abu Umar Kano", Predicate.MemberOf, "Boko Haram"));
        Assert.NotEmpty(efforts.Between("NATO", Predicate.Sponsors, "the Chadian Army"));
    }

    [Fact]
    public void AWordForAnyMinorityNamesNoOne()
    {
        var minorities = Extract.RunWithMentions(
            "In Chad, the envoy will discuss the work to protect ethnic minorities.", ("Chad", "Location"), ("ethnic minorities", "Organisation"));

        Assert.DoesNotContain(minorities.Claims, c => minorities.NameOf(c.Subject) == "ethnic minorities");
    }

    [Fact]
    public void WhatAFreeRelativeNamesIsNoObject()
    {
        const string text = "Lashkar-e-Tayyiba is meant to counter what Islamabad views as hostile elements within the Taliban.";
        foreach (var document in new[] { Extract.Run(text), Extract.RunParsed(text) })
        {
            Assert.Empty(document.Between("Lashkar-e-Tayyiba", Predicate.HostileTo, "Pakistan"));
        }
    }
}
