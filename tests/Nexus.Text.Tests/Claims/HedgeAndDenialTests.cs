using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// Statements that are not the author's assertion of an event: denials whose holder is a capital or is not found,
/// questions and conditions, threats, sources close to a body, and a speaker whose verb follows his other verb.
/// </summary>
public sealed class HedgeAndDenialTests
{
    [Fact]
    public void ACapitalThatDeniesSpeaksForItsGovernment()
    {
        var document = Extract.Run("Kabul denied that Lashkar-e-Tayyiba trained ISKP fighters.");

        var claim = document.Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");
        Assert.Equal(Modality.Denied, claim.Modality);
        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal(new Holder("Kabul", HolderKind.Organization, claim.Holder.Entity), claim.Holder);
        Assert.Equal("Afghanistan", document.NameOf(claim.Holder.Entity));
    }

    [Fact]
    public void WhoIsAccusedOrBlamedDoesItAndTheAccuserHoldsIt()
    {
        foreach (var text in new[] { "Afghanistan accused Pakistan of backing the Taliban.", "Afghanistan blamed Pakistan for backing the Taliban." })
        {
            foreach (var document in new[] { Extract.Run(text), Extract.RunParsed(text) })
            {
                var claim = document.Single("Pakistan", Predicate.Sponsors, "Taliban");
                Assert.Equal(Modality.Alleged, claim.Modality);
                Assert.Equal("Afghanistan", document.NameOf(claim.Holder.Entity));
                Assert.Empty(document.Between("Afghanistan", Predicate.Sponsors));
            }
        }
    }

    [Theory]
    [InlineData("The UN panel found no evidence that the government of Pakistan funded Lashkar-e-Taiba.")]
    [InlineData("The report found no proof that Pakistan funded Lashkar-e-Taiba.")]
    [InlineData("Investigators have not found any evidence that Pakistan funded Lashkar-e-Taiba.")]
    public void WhatNoEvidenceShowsStaysUnconfirmed(string text)
    {
        var claim = Assert.Single(Extract.Run(text).Claims, c => c.Predicate == Predicate.Funded);

        Assert.Equal(Modality.Speculative, claim.Modality);
        Assert.Equal(Polarity.Positive, claim.Polarity);
    }

    [Theory]
    [InlineData("Investigators found evidence that Pakistan funded Lashkar-e-Taiba.", Modality.Reported, "Investigators")]
    [InlineData("If confirmed, the dossier would show that Pakistan funded Lashkar-e-Taiba.", Modality.Speculative, "the dossier")]
    public void WhoFindsOrShowsEvidenceHoldsWhatItShowsAsSurelyAsItIsShown(string text, Modality modality, string holder)
    {
        var claim = Extract.Run(text).Single("Pakistan", Predicate.Funded, "Lashkar-e-Taiba");

        Assert.Equal(modality, claim.Modality);
        Assert.Equal(holder, claim.Holder.Text);
    }

    [Fact]
    public void ACountryThatRejectsAnAccusationAgainstItIsWhatItStandsFor()
    {
        var document = Extract.Run("Lashkar-e-Taiba attacked Mumbai in 2008. Pakistan rejected the accusation that it funds the Taliban.");

        var claim = document.Single("Pakistan", Predicate.Funded, "Taliban");
        Assert.Equal(Modality.Denied, claim.Modality);
        Assert.Empty(document.Between("Lashkar-e-Taiba", Predicate.Funded));
    }

    [Fact]
    public void WhoGivesTestimonyHoldsWhatItSays()
    {
        var document = Extract.RunParsed("Lashkar-e-Taiba operatives were trained by Pakistani army officers, according to testimony from Mohammed Ajmal Kasab.");

        var claim = Assert.Single(document.Claims, c => c.Predicate == Predicate.Trained);
        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal(("Mohammed Ajmal Kasab", HolderKind.NamedPerson), (claim.Holder.Text, claim.Holder.Kind));
    }

    [Fact]
    public void WhatOneSideInsistsAndTheOtherMaintainsKeepTheirOwnHolders()
    {
        var document = Extract.Run("While Islamabad insists it has cut ties with Lashkar-e-Taiba, Indian officials maintain that Pakistan still funds the group.");

        var ties = document.Single("Pakistan", Predicate.AssociatedWith, "Lashkar-e-Taiba");
        Assert.Equal((Polarity.Negative, "Islamabad"), (ties.Polarity, ties.Holder.Text));
        var funding = document.Single("Pakistan", Predicate.Funded, "Lashkar-e-Taiba");
        Assert.Equal((Modality.Reported, Polarity.Positive, "Indian officials"), (funding.Modality, funding.Polarity, funding.Holder.Text));
    }

    [Theory]
    [InlineData("Analysts have long speculated that Iran protects the Houthis.", Modality.Speculative, "Analysts")]
    [InlineData("The Houthis are widely believed to receive weapons from Iran.", Modality.Assessed, "unnamed sources")]
    public void SpeculationAndBeliefAreNotTheAuthorsFacts(string text, Modality modality, string holder)
    {
        var claim = Assert.Single(Extract.Run(text).Claims);

        Assert.Equal((modality, holder), (claim.Modality, claim.Holder.Text));
    }

    [Fact]
    public void AParticipleUsedAsAnAdjectiveLeavesAQuotationItsSpeakers()
    {
        var document = Extract.Run("Statement\n\nThe Foreign Secretary Philip Hammond said:\n\nI welcome the partnership between Pakistan and the Taliban on detailed arrangements for Kabul.\n");

        var claim = Assert.Single(document.Claims);
        Assert.Equal((Modality.Reported, "Philip Hammond"), (claim.Modality, claim.Holder.Text));
    }

    [Fact]
    public void CooperatingToDefeatAGroupIsNoAllianceWithIt()
    {
        var document = Extract.Run("Pakistan and Iran must cooperate to defeat the Taliban.");

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.AlliedWith && document.NameOf(c.Object) == "Taliban");
    }

    [Theory]
    [InlineData("Pakistan has repeatedly denied allegations that it shelters the Taliban.", "Pakistan", Predicate.Sponsors, "Taliban", "Pakistan")]
    [InlineData("Analysts dismissed claims that Iran funded the Houthis.", "Iran", Predicate.Funded, "Houthis", "Analysts")]
    public void AllegationsSomeoneDeniesAreTheirDenial(string text, string subject, Predicate predicate, string obj, string denier)
    {
        var claim = Extract.Run(text).Single(subject, predicate, obj);

        Assert.Equal((Modality.Denied, Polarity.Negative, denier), (claim.Modality, claim.Polarity, claim.Holder.Text));
    }

    [Fact]
    public void ASpeakerInsideARelativeClauseHoldsThatClauseOnly()
    {
        foreach (var document in new[] { Extract.Run(RelativeClause), Extract.RunParsed(RelativeClause) })
        {
            var attack = document.Single("Taliban", Predicate.Attacked, "Kabul");
            Assert.Equal(Modality.Asserted, attack.Modality);
            Assert.Equal(HolderKind.Author, attack.Holder.Kind);
            Assert.Empty(document.Between("ISI", Predicate.Attacked));
        }
    }

    private const string RelativeClause = "The Taliban, which Afghanistan says is backed by the ISI, attacked Kabul in 2011.";

    [Fact]
    public void WhatReportsSuggestIsTheirAssessmentAndADeliveryIsNoMeeting()
    {
        var document = Extract.Run("Reports suggest that the Taliban have received weapons from Iran.");

        var claim = Assert.Single(document.Claims);
        Assert.Equal(Predicate.Supplied, claim.Predicate);
        Assert.Equal("Iran", document.NameOf(claim.Subject));
        Assert.Equal(Modality.Assessed, claim.Modality);
        Assert.Equal("Reports", claim.Holder.Text);
    }

    [Theory]
    [InlineData("Pakistani officials insist that Lashkar-e-Taiba has no links to the Taliban.", Modality.Reported)]
    [InlineData("Lashkar-e-Taiba denied any links to the Taliban.", Modality.Denied)]
    public void LinksSomeoneSaysTheyLackAreNoLinksOfTheAuthors(string text, Modality modality)
    {
        var claim = Extract.Run(text).Single("Lashkar-e-Taiba", Predicate.AssociatedWith, "Taliban");

        Assert.Equal(modality, claim.Modality);
        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Fact]
    public void WhoAllegesIsNotWhomTheAllegationIsAbout()
    {
        // Parsed as two verbs conjoined without "and": "harbours" inherited the subject of "alleges".
        var document = Extract.RunParsed("Kabul alleges Islamabad harbours the Taliban, a charge Pakistan rejects.");

        var claims = document.Between("Pakistan", Predicate.Sponsors, "Taliban");
        Assert.Equal("Afghanistan", document.NameOf(Assert.Single(claims, c => c.Modality == Modality.Alleged).Holder.Entity));
        // "a charge Pakistan rejects": the one accused denies it, in its own claim.
        var denial = Assert.Single(claims, c => c.Modality == Modality.Denied);
        Assert.Equal((Polarity.Negative, "Pakistan"), (denial.Polarity, denial.Holder.Text));
        Assert.Empty(document.Between("Afghanistan", Predicate.Sponsors));
    }

    [Fact]
    public void WhoAsksAnotherToStopDoingSomethingAllegesIt()
    {
        var cases = new[]
        {
            ("Afghanistan urged Pakistan to stop funding Lashkar-e-Taiba.", Predicate.Funded, "Lashkar-e-Taiba"),
            ("Afghanistan demanded that Pakistan stop sheltering the Taliban.", Predicate.Sponsors, "Taliban"),
        };
        foreach (var (text, predicate, group) in cases)
        {
            foreach (var document in new[] { Extract.Run(text), Extract.RunParsed(text) })
            {
                var claim = document.Single("Pakistan", predicate, group);
                Assert.Equal(Modality.Alleged, claim.Modality);
                Assert.Equal("Afghanistan", document.NameOf(claim.Holder.Entity));
            }
        }
        // What follows the request's clause is the author's again.
        var later = Extract.Run("Afghanistan urged Pakistan to stop funding Lashkar-e-Taiba, which attacked Mumbai in 2008.");
        Assert.Equal(Modality.Asserted, later.Single("Lashkar-e-Taiba", Predicate.Attacked, "Mumbai").Modality);
    }

    [Fact]
    public void ADenialWhoseHolderIsNotFoundIsStillNoStatementOfTheAuthor()
    {
        var document = Extract.Run("Pakistan's foreign office has repeatedly denied that Lashkar-e-Tayyiba trained ISKP fighters.");

        var claim = document.Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");
        Assert.Equal(Modality.Denied, claim.Modality);
        Assert.NotEqual(HolderKind.Author, claim.Holder.Kind);
    }

    [Fact]
    public void DenyingAHavenIsNoDenialOfWhatFollows()
    {
        var document = Extract.Run("Pakistan must deny any safe haven to the Taliban, and Lashkar-e-Tayyiba trained ISKP fighters in Quetta.");

        var claim = document.Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");
        Assert.Equal(Modality.Asserted, claim.Modality);
        Assert.Equal(Polarity.Positive, claim.Polarity);
    }

    [Fact]
    public void AnOpenQuestionOrAConditionIsOnlyAPossibility()
    {
        var question = Extract.Run("It remains unclear whether Lashkar-e-Tayyiba trained ISKP fighters.")
            .Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");
        var condition = Extract.Run("If Lashkar-e-Tayyiba trained ISKP fighters, the ban failed.")
            .Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");
        var concession = Extract.Run("Lashkar-e-Tayyiba trained ISKP fighters, even if the camp closed later.")
            .Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");

        Assert.Equal(Modality.Speculative, question.Modality);
        Assert.Equal(HolderKind.Author, question.Holder.Kind);
        Assert.Equal(Modality.Speculative, condition.Modality);
        Assert.Equal(Modality.Asserted, concession.Modality);
    }

    [Fact]
    public void AThreatenedAttackIsHostilityNotAnAttack()
    {
        var document = Extract.Run("ISKP will attack the Taliban again.");

        Assert.Empty(document.Between("Islamic State Khorasan Province", Predicate.Attacked));
        Assert.NotEmpty(document.Between("Islamic State Khorasan Province", Predicate.HostileTo, "Taliban"));
    }

    [Fact]
    public void SourcesCloseToABodyAreNotThatBody()
    {
        var document = Extract.Run("Sources close to the Taliban said Lashkar-e-Tayyiba trained ISKP fighters.");

        var claim = document.Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");
        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal(HolderKind.Anonymous, claim.Holder.Kind);
        Assert.Equal("Sources close to the Taliban", claim.Holder.Text);
        Assert.Null(claim.Holder.Entity);
    }

    [Fact]
    public void ASpeakerWhoseVerbOfSayingFollowsHisOtherVerbIsNotThatVerbsObject()
    {
        var document = Extract.RunWithMentions(
            "Ashraf Ghani thanked Abdullah Abdullah for his help, and noted that ISKP attacked the Taliban.",
            ("Ashraf Ghani", "Person"), ("Abdullah Abdullah", "Person"), ("ISKP", "Organisation"), ("Taliban", "Organisation"));

        var claim = document.Single("Islamic State Khorasan Province", Predicate.Attacked, "Taliban");
        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal("Ashraf Ghani", claim.Holder.Text);
    }

    [Fact]
    public void AStatementNotMadeNeitherAttributesNorDenies()
    {
        var claim = Extract.RunWithMentions(
                "The ISI has never acknowledged supporting the Taliban.", ("ISI", "Organisation"), ("Taliban", "Organisation"))
            .Single("Islamic State of Iraq", Predicate.Sponsors, "Taliban");

        Assert.Equal(Modality.Speculative, claim.Modality);
        Assert.Equal(Polarity.Positive, claim.Polarity);
        Assert.Equal(HolderKind.Author, claim.Holder.Kind);
    }

    [Fact]
    public void ABodysSpokesmanSpeaksForThatBody()
    {
        var claim = Extract.Run("Lashkar-e-Tayyiba's spokesman denied that ISKP trained Taliban fighters.")
            .Single("Islamic State Khorasan Province", Predicate.Trained, "Taliban");

        Assert.Equal(Modality.Denied, claim.Modality);
        Assert.Equal("Lashkar-e-Tayyiba's spokesman", claim.Holder.Text);
        Assert.Equal(HolderKind.Anonymous, claim.Holder.Kind);
        Assert.NotNull(claim.Holder.Entity);
    }

    [Fact]
    public void TheGroupThatSaysSoIsTheOneTheSentenceOpensWith()
    {
        var claim = Extract.Run("ISKP attacked the Taliban in Kabul, the group said in a statement.")
            .Single("Islamic State Khorasan Province", Predicate.Attacked, "Taliban");

        Assert.Equal(Modality.Reported, claim.Modality);
        Assert.Equal(HolderKind.Organization, claim.Holder.Kind);
        Assert.Equal("ISKP", claim.Holder.Text);
    }

    [Theory]
    [InlineData("The Taliban deny any such links.")]
    [InlineData("The Taliban rejected these allegations.")]
    [InlineData("The Taliban deny this.")]
    public void ADenialOfWhatTheSentenceBeforeSaidDeniesEachTieItNamed(string denial)
    {
        var document = Extract.RunParsed("Several Member States noted that al-Qaida maintains close ties with the Taliban. " + denial);

        var claims = document.Between("al-Qaida", Predicate.AssociatedWith, "Taliban");
        Assert.Equal(2, claims.Count);
        Assert.Equal(Polarity.Positive, claims[0].Polarity);
        Assert.Equal((Modality.Denied, Polarity.Negative, "Taliban"), (claims[1].Modality, claims[1].Polarity, claims[1].Holder.Text));
        Assert.StartsWith("Several Member States", document.Document.Text[claims[1].Evidence.Start..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Taliban deny links to ISKP.")]
    [InlineData("The Taliban denied involvement in the attack.")]
    [InlineData("The Taliban deny any such presence.")]
    public void ADenialNamingSomethingOfItsOwnDeniesNothingBefore(string denial) =>
        Assert.DoesNotContain(Extract.RunParsed("Several Member States noted that al-Qaida maintains close ties with the Taliban. " + denial).Claims,
            c => c.Pattern == "denied-before");

    [Theory]
    [InlineData("Analysts doubt that Pakistan still supports the Taliban.", "Analysts", "unlikely")]
    [InlineData("Some observers question whether Pakistan still supports the Taliban.", "Some observers", null)]
    public void WhoDoubtsOrQuestionsItHoldsItOnlyPossible(string text, string holder, string? likelihood)
    {
        var claim = Extract.RunParsed(text).Single("Pakistan", Predicate.Sponsors, "Taliban");

        Assert.Equal((Modality.Speculative, holder, likelihood), (claim.Modality, claim.Holder.Text, claim.Likelihood));
    }

    [Fact]
    public void QuestioningSomeoneDoubtsNothing() =>
        Assert.Equal(Modality.Asserted, Extract.RunParsed("Investigators questioned Ahmed Ali after he joined Lashkar-e-Taiba in 2019.")
            .Single("Ahmed Ali", Predicate.MemberOf, "Lashkar-e-Taiba").Modality);

    [Theory]
    [InlineData("Several Member States noted that al-Qaida maintains close ties with the Taliban.", "Several Member States")]
    [InlineData("One Member State reported that al-Qaida maintains close ties with the Taliban.", "One Member State")]
    public void AUnReportsUnnamedStateHoldsWhatItSaysAndIsNoEntity(string text, string holder)
    {
        var document = Extract.RunParsed(text);

        var claim = document.Single("al-Qaida", Predicate.AssociatedWith, "Taliban");
        Assert.Equal((Modality.Reported, holder, HolderKind.Anonymous), (claim.Modality, claim.Holder.Text, claim.Holder.Kind));
        Assert.DoesNotContain(document.Mentions, m => m.Text.Contains("Member", StringComparison.Ordinal));
    }
}
