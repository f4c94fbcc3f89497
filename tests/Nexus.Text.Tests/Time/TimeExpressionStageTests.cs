using Nexus.Testing;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Tests.Time;

public sealed class TimeExpressionStageTests
{
    private static readonly DateOnly Published = new(2026, 2, 27);

    [Fact]
    public void ReferenceArticleTimesAreNormalisedAgainstItsPublicationDate()
    {
        var annotated = Run(Published);

        (string, string, TimeGranularity, TimeQualifier)[] expected =
        [
            ("27 February 2026", "2026-02-27/2026-02-27", TimeGranularity.Day, TimeQualifier.Within),
            ("late December 2025", "2025-12-21/2025-12-31", TimeGranularity.Month, TimeQualifier.Within),
            ("2008", "2008-01-01/2008-12-31", TimeGranularity.Year, TimeQualifier.Within),
            ("the last years", "2021-02-27/2026-02-27", TimeGranularity.Year, TimeQualifier.Approximate),
            ("April 2024", "2024-04-01/2024-04-30", TimeGranularity.Month, TimeQualifier.Within),
            ("until his death in July 2016", "../2016-07-31", TimeGranularity.Month, TimeQualifier.Before),
            ("2020", "2020-01-01/2020-12-31", TimeGranularity.Year, TimeQualifier.Within),
            ("March 2024", "2024-03-01/2024-03-31", TimeGranularity.Month, TimeQualifier.Within),
            ("More recently", "2025-02-27/2026-02-27", TimeGranularity.Year, TimeQualifier.Approximate),
            ("around 2015", "2015-01-01/2015-12-31", TimeGranularity.Year, TimeQualifier.Approximate),
            ("March 2025", "2025-03-01/2025-03-31", TimeGranularity.Month, TimeQualifier.Within),
            ("By June 2025", "../2025-06-30", TimeGranularity.Month, TimeQualifier.Before),
        ];
        Assert.Equal(expected, annotated.Times.Select(t => (t.Text, t.IsoInterval, t.Granularity, t.Qualifier)));
        Assert.All(annotated.Times, t => Assert.Equal(t.Text, t.Span.Of(annotated.Text)));
    }

    [Fact]
    public void WithoutPublicationDateOnlyAbsoluteTimesArePlaced()
    {
        var times = Run(published: null).Times;

        Assert.Equal(new DateOnly(2025, 12, 21), times.Single(t => t.Text == "late December 2025").Start);
        Assert.Equal(new DateOnly(2016, 7, 31), times.Single(t => t.Text == "until his death in July 2016").End);
        var recent = times.Single(t => t.Text == "More recently");
        Assert.Null(recent.Start);
        Assert.Null(recent.End);
        Assert.Equal(TimeQualifier.Approximate, recent.Qualifier);
        Assert.Null(times.Single(t => t.Text == "the last years").Start);
    }

    [Fact]
    public void StageNeedsNoEarlierLayer()
    {
        var stage = new TimeExpressionStage();

        var pipeline = new PipelineBuilder().Add(stage).Build();

        Assert.Equal("time", stage.Name);
        Assert.Empty(stage.Requires);
        Assert.Equal([Layer.TimeExpressions], stage.Produces);
        Assert.Single(pipeline.Stages);
    }

    [Fact]
    public void StageKeepsTheLayersItDoesNotProduce()
    {
        var document = Document.Create("Talks began in March 2024.", new DocumentMetadata { Published = Published });
        var sentence = new Sentence(new TextSpan(0, 26), 0, 0);
        var before = new AnnotatedDocument(document) { Sentences = [sentence] };

        var after = new TimeExpressionStage().Process(before, CancellationToken.None);

        Assert.Equal(sentence, Assert.Single(after.Sentences));
        Assert.Equal("March 2024", Assert.Single(after.Times).Text);
    }

    private static AnnotatedDocument Run(DateOnly? published)
    {
        var text = File.ReadAllText(RepoPaths.ReferenceArticle);
        var document = Document.Create(text, new DocumentMetadata { Published = published });
        return new TimeExpressionStage().Process(new AnnotatedDocument(document), CancellationToken.None);
    }
}
