using Nexus.Analysis.Assessment;
using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Tests.Syndication;

public sealed class SyndicationDetectorTests
{
    private static readonly SyndicationDetector Detector = new(new SyndicationOptions());

    private static ImmutableArray<Story> Detect(IReadOnlyList<SourceDocument> documents) => Detector.Detect(documents, SourceGrades.From([]));

    private static readonly string Body = Make.Words("body", 400);

    [Fact]
    public void NearDuplicatesFormOneStoryAndOthersStayApart()
    {
        var stories = Detect(
        [
            Make.Document("a", Body, publisher: "The Asian Age", published: new DateOnly(2026, 2, 27)),
            Make.Document("b", "New headline. " + Body, publisher: "Kabul Monitor", published: new DateOnly(2026, 2, 28)),
            Make.Document("c"),
        ]);

        Assert.Equal(2, stories.Length);
        var story = Assert.Single(stories, s => s.Documents.Length == 2);
        Assert.Equal<string>(["a", "b"], story.Documents);
        Assert.Equal("story:a", story.Id);
        Assert.Equal<string>(["The Asian Age", "Kabul Monitor"], story.Outlets);
        Assert.Equal("near-duplicate text", Assert.Single(story.Links).Reason);
    }

    [Fact]
    public void CopiesOfCopiesJoinOneStory()
    {
        var words = Body.Split(' ');
        var half = string.Join(' ', words[..260]);
        var laterHalf = string.Join(' ', words[140..]);

        var stories = Detect([Make.Document("a", half), Make.Document("b", Body), Make.Document("c", laterHalf)]);

        Assert.Equal<string>(["a", "b", "c"], Assert.Single(stories).Documents.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TrimmedRepublicationNamingTheOriginJoinsItsOriginal()
    {
        var excerpt = string.Join(" ", Body.Split(" ")[..160]);

        var stories = Detect(
        [
            Make.Document("original", Body, publisher: "Memri.org"),
            Make.Document("excerpt", excerpt + " " + Make.Words("commentary", 80), publisher: "Kabul Monitor", origin: "MEMRI"),
        ]);

        var story = Assert.Single(stories);
        Assert.Equal("MEMRI", story.Source);
        Assert.StartsWith("same origin", Assert.Single(story.Links).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SameOriginAndTitleJoinEvenWithLittleTextInCommon()
    {
        var stories = Detect(
        [
            Make.Document("a", Make.Words("one", 300), origin: "Memri.org", title: "The ISKP-LeT Nexus"),
            Make.Document("b", Make.Words("two", 300), origin: "memri.org", title: "The ISKP–LeT nexus"),
        ]);

        Assert.Equal("same origin (Memri.org) and title", Assert.Single(Assert.Single(stories).Links).Reason);
    }

    [Fact]
    public void DifferentArticlesFromOneOutletStayApart()
    {
        var stories = Detect(
        [
            Make.Document("a", Make.Words("first", 300), publisher: "Memri.org", title: "First"),
            Make.Document("b", Make.Words("second", 300), publisher: "Kabul Monitor", origin: "Memri.org", title: "Second"),
            Make.Document("c", Make.Words("third", 300), publisher: "Memri.org", title: "Third"),
        ]);

        Assert.Equal(3, stories.Length);
    }

    [Fact]
    public void StoryKeepsTheBestReliabilityOfItsDocuments()
    {
        var stories = Detect(
        [
            Make.Document("copy", Body, reliability: SourceReliability.E),
            Make.Document("original", Body, reliability: SourceReliability.B),
        ]);

        Assert.Equal(SourceReliability.B, Assert.Single(stories).Reliability);
    }

    [Theory]
    [InlineData("The Asian Age", "asian age")]
    [InlineData("Memri.org", "MEMRI")]
    [InlineData("www.dawn.com", "Dawn")]
    [InlineData("Khyber  Security-Review", "khyber security review")]
    public void OutletNamesCompareAsPeopleWriteThem(string written, string other)
    {
        Assert.Equal(OutletName.Key(written), OutletName.Key(other));
    }
}
