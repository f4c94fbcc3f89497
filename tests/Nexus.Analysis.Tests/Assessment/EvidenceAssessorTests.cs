using Nexus.Analysis.Assessment;
using Nexus.Analysis.Contradictions;
using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Tests.Assessment;

/// <summary>The assessment rules on hand-made claims: grouping, counting, curations, contradictions, dates.</summary>
public sealed class EvidenceAssessorTests
{
    private static AssessmentResult Assess(IReadOnlyList<StoredClaim> claims, IReadOnlyList<SourceDocument>? documents = null, IReadOnlyList<Curation>? curations = null) =>
        EvidenceAssessor.Assess(
            claims,
            documents ?? [.. claims.Select(c => c.DocumentId).Distinct().Select(d => Make.Document(d))],
            SourceGrades.From(curations ?? []),
            new AssessmentOptions());

    [Fact]
    public void SymmetricPredicateGroupsEitherOrder()
    {
        var result = Assess([Make.Claim("d1", "ISKP", Predicate.AlliedWith, "LeT"), Make.Claim("d2", "LeT", Predicate.AlliedWith, "ISKP")]);

        var assertion = Assert.Single(result.Assertions);
        Assert.Equal(2, assertion.IndependentSources);
        Assert.Equal(2, assertion.Claims.Length);
    }

    [Fact]
    public void DirectedPredicateKeepsItsDirection()
    {
        var result = Assess([Make.Claim("d1", "ISI", Predicate.Sponsors, "LeT"), Make.Claim("d2", "LeT", Predicate.Sponsors, "ISI")]);

        Assert.Equal(2, result.Assertions.Length);
    }

    [Fact]
    public void TwoIndependentStoriesStatingItPlainlyConfirmIt()
    {
        var result = Assess([Make.Claim("d1", "LeT", Predicate.DesignatedBy, "UN"), Make.Claim("d2", "LeT", Predicate.DesignatedBy, "UN")]);

        var assertion = Assert.Single(result.Assertions);
        Assert.Equal(1, assertion.Grade.Credibility);
        Assert.StartsWith("row 5 ", assertion.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void CopiesOfOneStoryCountOnceAndConfirmNothing()
    {
        var text = Make.Words("syndicated", 300);
        var documents = new[] { "d1", "d2", "d3" }.Select(d => Make.Document(d, text)).ToList();

        var result = Assess([.. documents.Select(d => Make.Claim(d.Id, "LeT", Predicate.DesignatedBy, "UN"))], documents);

        var assertion = Assert.Single(result.Assertions);
        Assert.Equal(1, assertion.IndependentSources);
        Assert.Equal(3, assertion.Documents);
        Assert.Single(assertion.Stories);
        Assert.Equal(2, assertion.Grade.Credibility);
    }

    [Fact]
    public void RejectedClaimDoesNotCount()
    {
        var result = Assess([Make.Claim("d1", "ISKP", Predicate.AlliedWith, "LeT"), Make.Claim("d2", "ISKP", Predicate.AlliedWith, "LeT", rejected: true)]);

        var assertion = Assert.Single(result.Assertions);
        Assert.Equal(1, assertion.IndependentSources);
        Assert.Single(assertion.Claims);
        Assert.Equal(1, result.RejectedClaims);
    }

    [Fact]
    public void ClaimWithAnUnresolvedEndIsLeftOut()
    {
        var claim = Make.Claim("d1", "ISKP", Predicate.AlliedWith, "LeT");
        var unresolved = claim with { Object = claim.Object! with { EntityId = null } };

        var result = Assess([unresolved, Make.Claim("d2", "ISI", Predicate.Sponsors, "LeT")]);

        Assert.Equal(1, result.UnresolvedClaims);
        Assert.Equal(Predicate.Sponsors, Assert.Single(result.Assertions).Predicate);
    }

    [Fact]
    public void DenialContestsTheAssertionAndIsReportedAsAContradiction()
    {
        var result = Assess(
        [
            Make.Claim("d1", "Mengal", Predicate.Supplied, "Ashfaq", Modality.Alleged),
            Make.Claim("d2", "Mengal", Predicate.Supplied, "Ashfaq", Modality.Denied, holder: "Mengal"),
        ]);

        var assertion = Assert.Single(result.Assertions);
        Assert.True(assertion.Contested);
        Assert.Equal((1, 1), (assertion.PositiveClaims, assertion.NegativeClaims));
        Assert.Equal(4, assertion.Grade.Credibility);
        var contradiction = Assert.Single(result.Contradictions);
        Assert.Equal(ContradictionKind.Denial, contradiction.Kind);
        Assert.Equal<string>([assertion.Id], contradiction.Assertions);
        Assert.Equal("Mengal denies that Mengal supplied Ashfaq, which 1 claim(s) state.", contradiction.Summary);
    }

    [Fact]
    public void NegationOnlyMakesTheStatementImprobableAndNoContradiction()
    {
        var result = Assess([Make.Claim("d1", "Pakistan", Predicate.Sponsors, "Taliban", polarity: Polarity.Negative)]);

        Assert.Equal(5, Assert.Single(result.Assertions).Grade.Credibility);
        Assert.Empty(result.Contradictions);
    }

    [Fact]
    public void ANegationDatedAfterEverythingThatSupportsATieEndsItAndDoesNotContestIt()
    {
        var result = Assess(
        [
            Make.Claim("d1", "ISIL", Predicate.Controls, "Mosul", time: Make.Time("2014-06-01", "2014-06-30")),
            Make.Claim("d2", "ISIL", Predicate.Controls, "Mosul", polarity: Polarity.Negative, time: Make.Time("2017-07-01", "2017-07-31")),
        ]);

        var assertion = Assert.Single(result.Assertions);
        Assert.Equal(new DateOnly(2017, 7, 1), assertion.Ended);
        Assert.False(assertion.Contested);
        Assert.Empty(result.Contradictions);
    }

    [Theory]
    [InlineData("2013-01-01", "2013-12-31", Modality.Asserted)]
    [InlineData("2017-07-01", "2017-07-31", Modality.Denied)]
    [InlineData(null, null, Modality.Asserted)]
    public void ANegationBeforeTheSupportADenialOrAnUndatedNegationEndsNothing(string? start, string? end, Modality modality)
    {
        var result = Assess(
        [
            Make.Claim("d1", "ISIL", Predicate.Controls, "Mosul", time: Make.Time("2014-06-01", "2014-06-30")),
            Make.Claim("d2", "ISIL", Predicate.Controls, "Mosul", modality, Polarity.Negative, time: start is null ? null : Make.Time(start, end)),
        ]);

        var assertion = Assert.Single(result.Assertions);
        Assert.Null(assertion.Ended);
        Assert.True(assertion.Contested);
    }

    [Fact]
    public void NegationFromAnotherStoryIsANegationContradiction()
    {
        var result = Assess(
        [
            Make.Claim("d1", "Kasuri", Predicate.MetWith, "Ashfaq"),
            Make.Claim("d2", "Kasuri", Predicate.MetWith, "Ashfaq"),
            Make.Claim("d3", "Kasuri", Predicate.MetWith, "Ashfaq", polarity: Polarity.Negative),
        ]);

        Assert.Equal(ContradictionKind.Negation, Assert.Single(result.Contradictions).Kind);
        Assert.Equal(3, Assert.Single(result.Assertions).Grade.Credibility);
    }

    [Fact]
    public void DeceptiveSourceCorroboratesNothing()
    {
        var claims = new[] { Make.Claim("honest", "ISI", Predicate.Funded, "HSK"), Make.Claim("liar", "ISI", Predicate.Funded, "HSK") };
        var documents = new[] { Make.Document("honest"), Make.Document("liar", publisher: "Fabricator Daily") };
        var curations = new[] { Grade("Fabricator Daily", "G") };

        var assertion = Assert.Single(Assess(claims, documents, curations).Assertions);

        Assert.Equal(2, assertion.IndependentSources);
        Assert.Equal(2, assertion.Grade.Credibility);
        Assert.StartsWith("row 7 ", assertion.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void GradingASourceSetsTheReliabilityOfWhatItCarries()
    {
        var claims = new[] { Make.Claim("d1", "ISKP", Predicate.AlliedWith, "LeT"), Make.Claim("d2", "ISKP", Predicate.AlliedWith, "LeT") };
        var documents = new[] { Make.Document("d1", publisher: "The Asian Age"), Make.Document("d2", publisher: "Kabul Monitor", reliability: SourceReliability.C) };

        var before = Assert.Single(Assess(claims, documents).Assertions);
        var after = Assert.Single(Assess(claims, documents, [Grade("asian age", "b")]).Assertions);

        Assert.Equal("C1", before.Grade.ToString());
        Assert.Equal("B1", after.Grade.ToString());
    }

    [Fact]
    public void OriginGradeComesBeforePublisherGradeAndTheLatestDecisionWins()
    {
        var grades = SourceGrades.From([Grade("The Asian Age", "C"), Grade("Memri.org", "D"), Grade("MEMRI", "B")]);

        Assert.Equal(SourceReliability.B, grades.Of(new DocumentMetadata { Publisher = "The Asian Age", Origin = "Memri.org" }));
        Assert.Equal(SourceReliability.C, grades.Of(new DocumentMetadata { Publisher = "The Asian Age" }));
        Assert.Equal(SourceReliability.A, grades.Of(new DocumentMetadata { Publisher = "Unknown", Reliability = SourceReliability.A }));
    }

    [Fact]
    public void LeaderAndSubordinateOfOneGroupOverOverlappingTimeConflict()
    {
        var result = Assess(
        [
            Make.Claim("d1", "Ashfaq", Predicate.Leads, "LeT", role: "chief", time: Make.Time("2025-06-30", qualifier: TimeQualifier.Before)),
            Make.Claim("d1", "Ashfaq", Predicate.MemberOf, "LeT", role: "senior commander"),
            Make.Claim("d1", "Ashfaq", Predicate.MemberOf, "LeT"),
        ]);

        var contradiction = Assert.Single(result.Contradictions);
        Assert.Equal(ContradictionKind.IncompatibleRoles, contradiction.Kind);
        Assert.Equal("Ashfaq is called chief (leads) and senior commander (member_of) of LeT over overlapping time.", contradiction.Summary);
        Assert.All(result.Assertions, a => Assert.True(a.Contested));
        Assert.All(result.Assertions, a => Assert.Equal(3, a.Grade.Credibility));
    }

    [Fact]
    public void LeaderThenSubordinateAtDifferentTimesDoNotConflict()
    {
        var result = Assess(
        [
            Make.Claim("d1", "Ashfaq", Predicate.Leads, "LeT", role: "chief", time: Make.Time("2020-01-01", "2020-12-31")),
            Make.Claim("d1", "Ashfaq", Predicate.MemberOf, "LeT", role: "commander", time: Make.Time("2024-01-01", "2024-12-31")),
        ]);

        Assert.Empty(result.Contradictions);
    }

    [Fact]
    public void TwoLeadersConflictOnlyWhenTheirDatesOverlap()
    {
        var result = Assess(
        [
            Make.Claim("d1", "Hafiz Saeed Khan", Predicate.Leads, "ISKP", role: "emir", time: Make.Time("2016-07-31", qualifier: TimeQualifier.Before)),
            Make.Claim("d1", "Aslam Farooqi", Predicate.Leads, "ISKP", role: "leader", time: Make.Time("2020-01-01", "2020-12-31")),
            Make.Claim("d2", "Shahab al-Muhajir", Predicate.Leads, "ISKP", role: "emir", time: Make.Time("2020-06-01", "2021-12-31")),
            Make.Claim("d2", "Undated Emir", Predicate.Leads, "ISKP", role: "emir"),
        ]);

        var contradiction = Assert.Single(result.Contradictions);
        Assert.Equal("Aslam Farooqi and Shahab al-Muhajir are both said to lead ISKP over overlapping time.", contradiction.Summary);
    }

    [Fact]
    public void DatesSpanTheClaimTimesAndFallBackOnPublication()
    {
        var result = Assess(
        [
            Make.Claim("d1", "Kasuri", Predicate.MetWith, "Ashfaq", time: Make.Time("2025-06-01", "2025-06-30")),
            Make.Claim("d2", "Kasuri", Predicate.MetWith, "Ashfaq", published: new DateOnly(2026, 3, 14)),
        ]);

        var assertion = Assert.Single(result.Assertions);
        Assert.Equal(new DateOnly(2025, 6, 1), assertion.FirstDate);
        Assert.Equal(new DateOnly(2026, 3, 14), assertion.LastDate);
    }

    [Fact]
    public void AssertionIdsAreStableAcrossRuns()
    {
        var first = Assess([Make.Claim("d1", "ISKP", Predicate.AlliedWith, "LeT")]);
        var second = Assess([Make.Claim("d9", "LeT", Predicate.AlliedWith, "ISKP")]);

        Assert.Equal(first.Assertions[0].Id, second.Assertions[0].Id);
        Assert.Matches("^a:[0-9a-f]{16}$", first.Assertions[0].Id);
    }

    private static Curation Grade(string source, string letter) =>
        SourceGrades.Decision(source, Enum.Parse<SourceReliability>(letter, ignoreCase: true), DateTimeOffset.UnixEpoch.AddMinutes(source.Length));
}
