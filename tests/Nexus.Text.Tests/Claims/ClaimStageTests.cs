using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

public sealed class ClaimStageTests
{
    [Fact]
    public void APlainStatementIsTheAuthorsAssertion()
    {
        var document = Extract.Run("Afghan forces arrested ISKP leader Aslam Farooqi in Kabul.", author: "Anna Writer");

        var claim = document.Single("Afghan forces", Predicate.Arrested, "Aslam Farooqi");
        Assert.Equal(Modality.Asserted, claim.Modality);
        Assert.Equal(new Holder("Anna Writer", HolderKind.Author), claim.Holder);
        Assert.Equal("Kabul", document.NameOf(claim.Place));
        Assert.Equal("arrested", claim.Trigger!.Value.Of(document.Text));
    }

    [Fact]
    public void AccordingToADocumentMakesItTheHolder()
    {
        var document = Extract.Run(
            "A classified Indian dossier circulated. According to the dossier, the ISKP-LeT partnership advances Pakistan's aims.");

        var claim = document.Single("Islamic State Khorasan Province", Predicate.AlliedWith, "Lashkar-e-Tayyiba");
        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal(HolderKind.Document, claim.Holder.Kind);
        Assert.Equal("Indian dossier", document.NameOf(claim.Holder.Entity));
        Assert.Equal("according to", claim.Cue);
    }

    [Fact]
    public void ASpeakerWhoToldReportersHoldsWhatPrecedes()
    {
        var claim = Extract.Run("Afghan forces arrested Aslam Farooqi in Kabul, spokesman Zabihullah Karimi told reporters today.")
            .Single("Afghan forces", Predicate.Arrested, "Aslam Farooqi");

        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal("Zabihullah Karimi", claim.Holder.Text);
    }

    [Fact]
    public void ASpeakerNamedAfterAQuotationHoldsItButNotHisDescription()
    {
        var document = Extract.Run(
            "Zabihullah Karimi spoke in Kabul. \"Afghan forces arrested Aslam Farooqi in Kabul,\" said Karimi. \"Afghan forces arrested Mir Shafiq Mengal,\" said Zabihullah Karimi, a spokesman of ISKP.");

        foreach (var claim in document.Claims.Where(c => c.Predicate == Predicate.Arrested))
        {
            Assert.Equal(Modality.Reported, claim.Modality);
            Assert.Equal("Zabihullah Karimi", document.NameOf(claim.Holder.Entity));
        }
        Assert.Equal(2, document.Claims.Count(c => c.Predicate == Predicate.Arrested));
        Assert.All(document.Between("Zabihullah Karimi", Predicate.MemberOf), c => Assert.Equal(HolderKind.Author, c.Holder.Kind));
    }

    [Fact]
    public void AStatementQuotedWithoutMarksAfterAColonIsTheSpeakers()
    {
        var document = Extract.Run(
            "Zabihullah Karimi, a spokesman of ISKP, said:\n\nAfghan forces arrested Aslam Farooqi in Kabul.\n\nThe Taliban attacked LeT in Quetta.");

        foreach (var claim in new[] { document.Single("Afghan forces", Predicate.Arrested, "Aslam Farooqi"), document.Single("Taliban", Predicate.Attacked, "Lashkar-e-Tayyiba") })
        {
            Assert.Equal(Modality.Reported, claim.Modality);
            Assert.Equal("Zabihullah Karimi", document.NameOf(claim.Holder.Entity));
        }
        // The speaker's description in the introduction is the author's.
        Assert.All(document.Between("Zabihullah Karimi", Predicate.MemberOf), c => Assert.Equal(HolderKind.Author, c.Holder.Kind));
    }

    [Fact]
    public void AColonAfterASpeakerWithoutANameStillOpensTheQuotation()
    {
        var claim = Extract.Run("The minister said:\n\nAfghan forces arrested Aslam Farooqi in Kabul.")
            .Single("Afghan forces", Predicate.Arrested, "Aslam Farooqi");

        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal(HolderKind.Anonymous, claim.Holder.Kind);
        Assert.Contains("minister", claim.Holder.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AListAfterAColonIsNoQuotation()
    {
        var claim = Extract.Run("Afghan forces published the following:\n\nThe Taliban attacked LeT in Quetta.")
            .Single("Taliban", Predicate.Attacked, "Lashkar-e-Tayyiba");

        Assert.Equal(Modality.Asserted, claim.Modality);
        Assert.Equal(HolderKind.Author, claim.Holder.Kind);
    }

    [Fact]
    public void AMonthNamedMayIsNoHedge()
    {
        var claim = Extract.Run("Afghan forces arrested Aslam Farooqi in Kabul in May 2025.").Single("Afghan forces", Predicate.Arrested, "Aslam Farooqi");

        Assert.Equal(Modality.Asserted, claim.Modality);
    }

    [Fact]
    public void APronounSpeakerHoldsHisQuotation()
    {
        var document = Extract.Run(
            "Zabihullah Karimi spoke in Kabul on Monday. He added, \"Afghan forces arrested Aslam Farooqi. Afghan forces arrested Mir Shafiq Mengal.\"");

        foreach (var claim in document.Claims.Where(c => c.Predicate == Predicate.Arrested))
        {
            Assert.Equal(Modality.Reported, claim.Modality);
            Assert.Equal("Zabihullah Karimi", claim.Holder.Text);
        }
        Assert.Equal(2, document.Claims.Count(c => c.Predicate == Predicate.Arrested));
    }

    [Fact]
    public void ReportedlyMakesAnUnnamedSourceTheHolder()
    {
        var claim = Extract.Run("Mir Shafiq Mengal reportedly handed a pistol to Rana Mohammad Ashfaq.")
            .Single("Mir Shafiq Mengal", Predicate.Supplied, "Rana Mohammad Ashfaq");

        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal(HolderKind.Anonymous, claim.Holder.Kind);
        Assert.Equal("pistol", claim.Item);
    }

    [Fact]
    public void ANamedSpeakerHoldsWhatFollowsTheVerbButNotHisOwnDescription()
    {
        var document = Extract.Run(
            "Abdul Rahim Muslim Dost, a founding member of the Taliban, stated that the ISI funds flowed to Hafiz Saeed Khan, a commander of the Taliban.");

        var founded = document.Single("Abdul Rahim Muslim Dost", Predicate.Founded, "Taliban");
        Assert.Equal(Modality.Asserted, founded.Modality);
        var member = document.Single("Hafiz Saeed Khan", Predicate.MemberOf, "Taliban");
        Assert.Equal(Modality.Reported, member.Modality);
        Assert.Equal(HolderKind.NamedPerson, member.Holder.Kind);
        Assert.Equal("Abdul Rahim Muslim Dost", document.NameOf(member.Holder.Entity));
    }

    [Fact]
    public void AnalystsWhoWarnHoldAnAssessment()
    {
        var claim = Extract.Run("Security analysts warn that the growing ISKP-LeT alignment is dangerous.")
            .Single("Islamic State Khorasan Province", Predicate.AlliedWith, "Lashkar-e-Tayyiba");

        Assert.Equal(Modality.Assessed, claim.Modality);
        Assert.Equal(new Holder("Security analysts", HolderKind.Anonymous), claim.Holder);
    }

    [Fact]
    public void AnAccusationIsAnAllegation()
    {
        var claim = Extract.Run("The Taliban were accused of backing Lashkar-e-Taiba.")
            .Single("Taliban", Predicate.Sponsors, "Lashkar-e-Taiba");

        Assert.Equal(Modality.Alleged, claim.Modality);
    }

    [Fact]
    public void AModalVerbMakesItSpeculativeAndKeepsTheLikelihoodWord()
    {
        var document = Extract.Run("The Taliban could fund LeT. The Taliban very likely trained Afghan forces.");

        Assert.Equal(Modality.Speculative, document.Single("Taliban", Predicate.Funded, "Lashkar-e-Tayyiba").Modality);
        var trained = document.Single("Taliban", Predicate.Trained, "Afghan forces");
        Assert.Equal(Modality.Speculative, trained.Modality);
        Assert.Equal("very likely", trained.Likelihood);
    }

    [Fact]
    public void ADenialIsNegativeAndHeldByWhoDenies()
    {
        var claim = Extract.Run("Pakistan denied supplying the Taliban with weapons.")
            .Single("Pakistan", Predicate.Supplied, "Taliban");

        Assert.Equal(Modality.Denied, claim.Modality);
        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal("Pakistan", claim.Holder.Text);
    }

    [Fact]
    public void ANegatedStatementKeepsItsModalityAndTurnsNegative()
    {
        var claim = Extract.Run("The Taliban is no longer a compliant client of Pakistan.")
            .Single("Pakistan", Predicate.Sponsors, "Taliban");

        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal(Modality.Asserted, claim.Modality);
    }

    [Fact]
    public void AnAllegationAboutSomethingElseLeavesTheMainClauseAsserted()
    {
        var document = Extract.Run(
            "The arrest of Mehmet Gören by Afghan forces has drawn attention to allegations that Pakistan backs the Taliban.");

        Assert.Equal(Modality.Asserted, document.Single("Afghan forces", Predicate.Arrested, "Mehmet Gören").Modality);
        Assert.Equal(Modality.Alleged, document.Single("Pakistan", Predicate.Sponsors, "Taliban").Modality);
    }

    [Fact]
    public void TheNearestHedgeGovernsItsClause()
    {
        var claim = Extract.Run(
            "Widely accused of operating a private militia, Mir Shafiq Mengal reportedly emerged as a key facilitator for the Taliban.")
            .Single("Mir Shafiq Mengal", Predicate.Sponsors, "Taliban");

        Assert.Equal(Modality.Reported, claim.Modality);
    }

    [Fact]
    public void AHedgeInsideAnAttributedStatementKeepsTheSpeaker()
    {
        var claim = Extract.Run("The Taliban has almost certainly received rifles from Pakistan, a UN panel of experts concluded in its report.")
            .Single("Pakistan", Predicate.Supplied, "Taliban");

        Assert.Equal(Modality.Speculative, claim.Modality);
        Assert.Equal("almost certainly", claim.Likelihood);
        Assert.Equal("a UN panel of experts", claim.Holder.Text);
    }

    [Fact]
    public void AReportContinuesWhileTheNextSentenceRefersBackToIt()
    {
        var document = Extract.Run(
            "According to the Indian dossier, the ISKP-LeT partnership is new. It is designed to let the Taliban fund LeT. "
            + "The Taliban attacked LeT in Quetta.");

        var continued = document.Single("Taliban", Predicate.Funded, "Lashkar-e-Tayyiba");
        Assert.Equal(Modality.Reported, continued.Modality);
        Assert.Equal("Indian dossier", document.NameOf(continued.Holder.Entity));
        Assert.Equal(Modality.Asserted, document.Single("Taliban", Predicate.Attacked, "Lashkar-e-Tayyiba").Modality);
    }

    [Fact]
    public void RolesInTitlesAndAppositionsGiveLeadershipAndMembership()
    {
        var document = Extract.Run(
            "By June 2025, LeT chief Rana Mohammad Ashfaq and his deputy, Saifullah Kasuri, had convened a meeting in Balochistan. "
            + "Mehmet Gören, a senior operative of the Taliban, was there.");

        Assert.Equal("chief", document.Single("Rana Mohammad Ashfaq", Predicate.Leads, "Lashkar-e-Tayyiba").Role);
        Assert.Equal("senior operative", document.Single("Mehmet Gören", Predicate.MemberOf, "Taliban").Role);
        document.Single("Saifullah Kasuri", Predicate.DeputyOf, "Rana Mohammad Ashfaq");
        Assert.Equal("Balochistan", document.NameOf(document.Single("Rana Mohammad Ashfaq", Predicate.MetWith, "Saifullah Kasuri").Place));
    }

    [Fact]
    public void AnAttackKeepsItsPlaceAndCount()
    {
        var document = Extract.Run("Baloch armed groups overran the Taliban's Mastung base, killing approximately 30 fighters.");

        var claim = document.Single("Baloch armed groups", Predicate.Attacked, "Taliban");
        Assert.Equal("Mastung", document.NameOf(claim.Place));
        Assert.Equal(30, claim.Count);
    }

    [Fact]
    public void EveryClaimPointsAtEntitiesAndEvidenceOfItsDocument()
    {
        var document = Extract.Run(File.ReadAllText(Nexus.Testing.RepoPaths.ReferenceArticle));

        Assert.NotEmpty(document.Claims);
        Assert.All(document.Claims, c =>
        {
            Assert.NotNull(document.Entity(c.Subject));
            Assert.True(c.Object is null || document.Entity(c.Object) is not null);
            Assert.True(c.Place is null || document.Entity(c.Place) is not null);
            Assert.True(c.Holder.Entity is null || document.Entity(c.Holder.Entity) is not null);
            Assert.True(c.Evidence.End <= document.Text.Length && c.Evidence.Contains(c.Trigger!.Value));
            Assert.InRange(c.Confidence, 0.0, 1.0);
        });
        Assert.Equal(document.Claims.Length, document.Claims.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void AWingOfAGroupIsPartOfIt()
    {
        var claim = Extract.Run("ISKP, a wing of the Taliban, grew in 2015.").Single("Islamic State Khorasan Province", Predicate.PartOf, "Taliban");

        Assert.Equal(Modality.Asserted, claim.Modality);
    }

    [Fact]
    public void TheSpeakerOfAQuotationHoldsItsLaterSentences()
    {
        var claim = Extract.Run("Mir Shafiq Mengal said, \"We met many people. The Taliban attacked LeT in Quetta.\"")
            .Single("Taliban", Predicate.Attacked, "Lashkar-e-Tayyiba");

        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal(HolderKind.NamedPerson, claim.Holder.Kind);
    }
}
