using Nexus.Analysis.Assessment;
using Nexus.Analysis.Contradictions;

namespace Nexus.Analysis.Tests.Assessment;

/// <summary>
/// The reference article, three republications of it and one independent article, ingested through
/// the real pipeline into a SQLite store, then assessed.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class ReferenceCorpusTests(CorpusFixture corpus)
{
    private const string Iskp = "Islamic State Khorasan Province";
    private const string Let = "Lashkar-e-Taiba";

    [Fact]
    public void TheCopiesAreStoredAsDocumentsOfTheirOwn()
    {
        Assert.Equal(4, corpus.Copies.Distinct().Count());
        Assert.DoesNotContain(corpus.Independent, corpus.Copies);
    }

    [Fact]
    public void TheReferenceArticleAndItsCopiesFormOneStory()
    {
        var story = corpus.Assessment.StoryOf(corpus.Copies[0]);

        Assert.NotNull(story);
        Assert.Equal(corpus.Copies.Order(StringComparer.Ordinal), story.Documents.Order(StringComparer.Ordinal));
        Assert.Equal("Memri.org", story.Source);
        Assert.NotEqual(story, corpus.Assessment.StoryOf(corpus.Independent));
    }

    [Fact]
    public void IskpAlliedWithLetCountsTwoIndependentSourcesNotFive()
    {
        var assertion = Allied(corpus.Assessment);

        Assert.Equal(5, assertion.Documents);
        Assert.Equal(2, assertion.IndependentSources);
        Assert.Equal(2, assertion.Stories.Length);
        Assert.Equal(2, assertion.Grade.Credibility);
        Assert.DoesNotContain(Modality.Asserted, assertion.Modalities.Keys);
    }

    [Fact]
    public void NothingCarriedOnlyByTheRepublishedStoryIsConfirmed()
    {
        var onlyReference = corpus.Assessment.Assertions.Where(a => a.PositiveClaims > 0 && a.Stories.Length == 1 && a.Stories[0] == corpus.Assessment.StoryOf(corpus.Copies[0])!.Id).ToList();

        Assert.NotEmpty(onlyReference);
        Assert.All(onlyReference, a => Assert.NotEqual(1, a.Grade.Credibility));
        Assert.All(onlyReference, a => Assert.Equal(1, a.IndependentSources));
    }

    [Fact]
    public void AshfaqIsBothChiefAndSeniorCommanderOfLet()
    {
        var ashfaq = corpus.Entity("Rana Mohammad Ashfaq");

        var contradiction = Assert.Single(corpus.Assessment.Contradictions, c => c.Kind == ContradictionKind.IncompatibleRoles);

        Assert.Contains("senior commander", contradiction.Summary, StringComparison.Ordinal);
        Assert.Contains("chief", contradiction.Summary, StringComparison.Ordinal);
        var leads = corpus.Assessment.Involving(ashfaq).Single(a => a.Predicate == Predicate.Leads);
        Assert.Contains(leads.Id, contradiction.Assertions);
        Assert.True(leads.Contested);
        Assert.Equal(3, leads.Grade.Credibility);
    }

    [Fact]
    public void ANegatedStatementIsImprobableAndNoLink()
    {
        var negated = Assert.Single(corpus.Assessment.Assertions, a => a.NegativeClaims > 0 && a.PositiveClaims == 0);

        Assert.Equal(5, negated.Grade.Credibility);
    }

    [Fact]
    public async Task GradingTheOriginalPublisherRaisesTheReliabilityOfItsStory()
    {
        await using var store = await corpus.CopyAsync();
        await store.AddCurationAsync(SourceGrades.Decision(Republications.OriginalPublisher, SourceReliability.B, DateTimeOffset.UnixEpoch), CancellationToken.None);

        var result = await EvidenceAssessor.AssessAsync(store, new AssessmentOptions(), CancellationToken.None);

        Assert.Equal(SourceReliability.B, result.StoryOf(corpus.Copies[0])!.Reliability);
        Assert.Equal("B2", Allied(result).Grade.ToString());
        Assert.Equal("F2", Allied(corpus.Assessment).Grade.ToString());
    }

    [Fact]
    public async Task RejectingTheIndependentClaimsLeavesOneSource()
    {
        await using var store = await corpus.CopyAsync();
        var independent = Allied(corpus.Assessment).Claims.Where(id => id.StartsWith(corpus.Independent, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(independent);
        await store.AddCurationAsync(new Curation
        {
            Id = "reject-independent",
            Action = CurationAction.RejectClaim,
            Targets = [.. independent],
            At = DateTimeOffset.UnixEpoch,
        }, CancellationToken.None);

        var result = await EvidenceAssessor.AssessAsync(store, new AssessmentOptions(), CancellationToken.None);

        var assertion = Allied(result);
        Assert.Equal(1, assertion.IndependentSources);
        Assert.DoesNotContain(assertion.Claims, independent.Contains);
        Assert.Equal(independent.Count, result.RejectedClaims);
    }

    [Fact]
    public void ExplainingAnAssertionShowsEachStoryOnceWithItsCopies()
    {
        var assertion = Allied(corpus.Assessment);

        var explained = corpus.Assessment.Explain(assertion);

        Assert.Contains(explained.Statement, new[] { $"{Let} allied_with {Iskp}", $"{Iskp} allied_with {Let}" });
        Assert.Contains(explained.Claims, c => c.Copies == 4 && c.Holder.Contains("Indian dossier", StringComparison.Ordinal));
        Assert.Contains(explained.Claims, c => c.Copies == 1 && c.Document == corpus.Independent);
        Assert.True(explained.Claims.Length < assertion.Claims.Length);
        Assert.Equal(assertion.Claims.Length, explained.Claims.Sum(c => c.Copies));
    }

    private Assertion Allied(AssessmentResult result)
    {
        var (iskp, let) = (corpus.Entity(Iskp), corpus.Entity(Let));
        return result.Assertions.Single(a => a.Predicate == Predicate.AlliedWith && new[] { a.Subject, a.Object }.Order(StringComparer.Ordinal).SequenceEqual(new[] { iskp, let }.Order(StringComparer.Ordinal)));
    }
}
