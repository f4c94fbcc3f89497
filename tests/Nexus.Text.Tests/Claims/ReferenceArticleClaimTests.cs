using Nexus.Resolution.ReferenceData;
using Nexus.Testing;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Xunit.Abstractions;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// The reference article read with the shipped reference lists: every sentence that links two named
/// actors yields a claim, and no claim whose trigger lies in the scope of a hedge or an attribution
/// is the author's plain assertion.
/// </summary>
public sealed class ReferenceArticleClaimTests(ITestOutputHelper output)
{
    // Cues whose scope is what follows them in the sentence (AttributionFinder's rules for these forms).
    private static readonly string[] ForwardCues =
    [
        "according to", "reportedly", "allegations that", "allegedly", "alleged", "asserted that", "stated in a recorded video that",
        "is said to", "are said to", "interpret", "describe as", "warn that", "contend that", "has long been assessed", "remarked that",
        "Media reports indicate", "is also seen",
    ];

    // The article read with rules and lists only, and by the product pipeline, whose patterns also read the parse.
    private static readonly Lazy<AnnotatedDocument>[] Articles =
    [
        new(() => Read(null)),
        new(() => Read(new ModelCatalog())),
    ];

    private static AnnotatedDocument Read(ModelCatalog? models) =>
        TextPipelines.Default(new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer), models).Build()
            .Run(Document.Create(File.ReadAllText(RepoPaths.ReferenceArticle), new DocumentMetadata { Authors = ["Anna Mahjar-Barducci"] }), CancellationToken.None);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void NoClaimUnderAHedgeOrAttributionIsAsserted(int pipeline)
    {
        var article = Articles[pipeline].Value;
        var checkedClaims = 0;
        foreach (var claim in article.Claims)
        {
            var sentence = claim.Evidence.Of(article.Text);
            var trigger = claim.Trigger!.Value.Start - claim.Evidence.Start;
            var cue = ForwardCues.FirstOrDefault(c => sentence.IndexOf(c, StringComparison.OrdinalIgnoreCase) is >= 0 and var at && at < trigger);
            if (cue is null)
            {
                continue;
            }
            checkedClaims++;
            Assert.True(claim.Modality != Modality.Asserted,
                $"'{claim.Trigger.Value.Of(article.Text)}' lies after '{cue}' but is asserted: {sentence}");
        }
        output.WriteLine($"{checkedClaims} claims in the scope of a cue");
        Assert.True(checkedClaims >= 10, $"Only {checkedClaims} claims lie in the scope of a cue.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void EverySentenceLinkingTwoNamedActorsYieldsAClaim(int pipeline)
    {
        var article = Articles[pipeline].Value;
        var missing = new List<string>();
        foreach (var sentence in article.Sentences)
        {
            var actors = article.Mentions
                .Where(m => sentence.Span.Contains(m.Span) && m.Type is EntityType.Person or EntityType.Organization && m.EntityKey is not null)
                .Select(m => m.EntityKey)
                .Distinct()
                .Count();
            if (actors >= 2 && !article.Claims.Any(c => c.Evidence == sentence.Span))
            {
                missing.Add(sentence.Span.Of(article.Text));
            }
        }
        foreach (var sentence in missing)
        {
            output.WriteLine(sentence);
        }
        Assert.Empty(missing);
    }
}
