namespace Nexus.Text.Tests.Time;

public sealed class TimeNormalizerTests
{
    private static readonly DateOnly Published = new(2026, 2, 27);

    [Fact]
    public void NormalizeReadsTheFirstExpressionOfAPhrase()
    {
        var late = TimeNormalizer.Normalize("late December 2025", Published);
        var arrest = TimeNormalizer.Normalize("the 2020 arrest", Published);

        Assert.NotNull(late);
        Assert.Equal("2025-12-21/2025-12-31", late.IsoInterval);
        Assert.Equal(new TextSpan(4, 8), arrest?.Span);
        Assert.Null(TimeNormalizer.Normalize("approximately 30 terrorists", Published));
    }

    [Fact]
    public void IsoIntervalMarksAnOpenSide()
    {
        Assert.Equal("../2025-06-30", TimeNormalizer.Normalize("By June 2025", Published)?.IsoInterval);
        Assert.Equal("2015-01-01/..", TimeNormalizer.Normalize("since 2015", Published)?.IsoInterval);
        Assert.Equal("../..", TimeNormalizer.Normalize("last year", anchor: null)?.IsoInterval);
    }

    [Fact]
    public void AnaphoraCountFromTheLastPlacedDate()
    {
        var times = TimeNormalizer.Find(
            "The camp opened in 2014. The following year it doubled; two years later it closed.", Published);

        Assert.Equal(["2014", "The following year", "two years later"], times.Select(t => t.Text));
        Assert.Equal(new DateOnly(2015, 1, 1), times[1].Start);
        Assert.Equal(new DateOnly(2017, 12, 31), times[2].End);
    }

    [Fact]
    public void AnaphoraWithoutAnyDateCountFromThePublicationDate() =>
        Assert.Equal(new DateOnly(2027, 1, 1), TimeNormalizer.Normalize("the following year", Published)?.Start);

    [Fact]
    public void FindStopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => TimeNormalizer.Find("in 2015", Published, cancellation.Token));
    }

    /// <summary>Random runs of time words, digits and punctuation never throw and always give well-formed results.</summary>
    [Fact]
    public void ArbitraryTextGivesWellFormedExpressions()
    {
        string[] pieces =
        [
            "the", "of", "in", "by", "since", "until", "between", "and", "to", "from", "around", "last", "next",
            "this", "early", "mid", "late", "end", "half", "quarter", "Q", "H", "first", "third", "century",
            "March", "May", "Feb", "Tuesday", "summer", "winter", "fall", "years", "year", "ago", "later",
            "the past", "recent", "days", "hours", "decade", "centuries", "few", "99", "0", "00", "13", "31",
            "1990s", "'90s", "21st", "0000", "9999", "2015", "2999", "1000", "-", "–", "/", ".", ",", ":",
            "$", "'", "s", "\n", " ",
        ];
        DateOnly?[] anchors = [null, Published, new DateOnly(1000, 1, 1), new DateOnly(2999, 12, 31), DateOnly.MinValue, DateOnly.MaxValue];
        var random = new Random(20260227);
        for (var run = 0; run < 3000; run++)
        {
            var text = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var anchor = anchors[random.Next(anchors.Length)];

            var times = TimeNormalizer.Find(text, anchor);

            var previousEnd = 0;
            foreach (var time in times)
            {
                Assert.True(time.Span.Start >= previousEnd && time.Span.End <= text.Length, $"span of \"{time.Text}\" in \"{text}\"");
                Assert.Equal(time.Text, time.Span.Of(text));
                Assert.False(time.Start > time.End, $"\"{time.Text}\" in \"{text}\" runs backwards");
                previousEnd = time.Span.End;
            }
        }
    }
}
