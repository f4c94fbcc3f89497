using Nexus.Analysis.Timeline;

namespace Nexus.Analysis.Tests.Timeline;

[Collection(CorpusCollection.Name)]
public sealed class TimelineTests(CorpusFixture corpus)
{
    [Fact]
    public void AshfaqsTimelineIsInDateOrderWithItsPrecision()
    {
        var timeline = TimelineBuilder.Build(corpus.Assessment, [corpus.Entity("Rana Mohammad Ashfaq")], new TimelineOptions());

        Assert.NotEmpty(timeline);
        Assert.All(timeline, e => Assert.True(e.Dated));
        Assert.All(timeline, e => Assert.NotNull(e.Granularity));
        Assert.Equal(timeline.Select(e => e.Date), timeline.Select(e => e.Date).Order());
        var meeting = Assert.Single(timeline, e => e.Statement.Contains("met_with", StringComparison.Ordinal));
        Assert.True(meeting.IsEvent);
        Assert.Equal("By June 2025", meeting.Claim.Time!.Text);
        Assert.Equal(TimeGranularity.Month, meeting.Granularity);
        Assert.Equal(4, meeting.Claim.Copies);
    }

    [Fact]
    public void UndatedClaimsJoinOnlyWhenAskedAtTheirPublicationDate()
    {
        var mengal = corpus.Entity("Mir Shafiq Mengal");

        var dated = TimelineBuilder.Build(corpus.Assessment, [mengal], new TimelineOptions());
        var all = TimelineBuilder.Build(corpus.Assessment, [mengal], new TimelineOptions { IncludeUndated = true });

        Assert.True(all.Length > dated.Length);
        Assert.All(all.Where(e => !e.Dated), e => Assert.Equal(e.Claim.Published, e.Date));
    }

    [Fact]
    public void ASetOfEntitiesSharesOneTimelineWithoutRepeats()
    {
        var set = new[] { corpus.Entity("Islamic State Khorasan Province"), corpus.Entity("Lashkar-e-Taiba") };

        var timeline = TimelineBuilder.Build(corpus.Assessment, set, new TimelineOptions { IncludeUndated = true });

        Assert.Equal(timeline.Length, timeline.Select(e => (e.Assertion, e.Claim.Id)).Distinct().Count());
        Assert.Contains(timeline, e => e.Statement.Contains("allied_with", StringComparison.Ordinal));
    }

    [Fact]
    public void ADateRangeKeepsWhatOverlapsIt()
    {
        var iskp = corpus.Entity("Islamic State Khorasan Province");

        var timeline = TimelineBuilder.Build(corpus.Assessment, [iskp], new TimelineOptions { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31) });

        Assert.NotEmpty(timeline);
        Assert.All(timeline, e => Assert.True(e.Date <= new DateOnly(2025, 12, 31)));
        Assert.DoesNotContain(timeline, e => e.Claim.Time!.End < new DateOnly(2025, 1, 1));
    }
}
