using Nexus.Text.Claims;
using Nexus.Text.Claims.Calibration;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Tests.Support;

/// <summary>
/// Runs the default pipeline with <see cref="SmallGazetteer"/> over a text — rules and lists only, or with the
/// embedded tagger, recogniser and parser as the product does — and reads the result by names.
/// </summary>
internal static class Extract
{
    private static readonly ExtractionPipeline Pipeline =
        TextPipelines.Default(new GazetteerMatcher(SmallGazetteer.Entries)).Build();

    private static readonly Lazy<ExtractionPipeline> Parsed =
        new(() => TextPipelines.Default(new GazetteerMatcher(SmallGazetteer.Entries), new ModelCatalog()).Build());

    public static AnnotatedDocument Run(string text, string? author = null, DateOnly? published = null) =>
        Pipeline.Run(
            Document.Create(text, new DocumentMetadata { Authors = author is null ? [] : [author], Published = published }),
            CancellationToken.None);

    /// <summary>The text read by the product pipeline, whose claim patterns also read the dependency parse.</summary>
    public static AnnotatedDocument RunParsed(string text) =>
        Parsed.Value.Run(Document.Create(text, new DocumentMetadata()), CancellationToken.None);

    /// <summary>
    /// The text read by the product pipeline with the given phrases (each its first occurrence, with a re3d type name) as its
    /// only mentions, as the evaluation with re3d's entities reads it: the claim patterns apart from the recogniser.
    /// </summary>
    public static AnnotatedDocument RunWithMentions(string text, params (string Phrase, string Type)[] mentions) =>
        RunWithMentions(text, learned: true, mentions);

    /// <summary>
    /// The text read as <c>RunWithMentions</c> reads it, but by the claim patterns alone: the embedded relation
    /// reader has read every re3d document, so on text shaped like re3d's it finds what a pattern under test should.
    /// </summary>
    public static AnnotatedDocument RunWithMentionsByPatterns(string text, params (string Phrase, string Type)[] mentions) =>
        RunWithMentions(text, learned: false, mentions);

    private static AnnotatedDocument RunWithMentions(string text, bool learned, (string Phrase, string Type)[] mentions)
    {
        var document = Document.Create(text, new DocumentMetadata());
        var annotations = mentions
            .Select(m => text.IndexOf(m.Phrase, StringComparison.Ordinal) is var start and >= 0
                ? new Re3dAnnotation(new TextSpan(start, start + m.Phrase.Length), m.Type, 1.0)
                : throw new ArgumentException($"'{m.Phrase}' is not in the text.", nameof(mentions)))
            .ToImmutableArray();
        var gold = new GoldMentionStage(new Dictionary<string, ImmutableArray<Re3dAnnotation>> { [document.Id] = annotations });
        var pipeline = TextPipelines.Default(new GazetteerMatcher(SmallGazetteer.Entries), new ModelCatalog()).Replace("mention-selection", gold);
        return (learned ? pipeline : pipeline.Replace("claims", new ClaimStage(CalibrationTable.LoadEmbedded(), relations: null)))
            .Build().Run(document, CancellationToken.None);
    }

    public static string NameOf(this AnnotatedDocument document, string? key) =>
        key is null ? "-" : document.Entity(key)?.Name ?? key;

    /// <summary>The claims linking two names, in either order.</summary>
    public static List<Claim> Between(this AnnotatedDocument document, string subject, Predicate predicate, string? obj = null) =>
        [.. document.Claims.Where(c => c.Predicate == predicate
            && document.NameOf(c.Subject) == subject
            && (obj is null || document.NameOf(c.Object) == obj))];

    public static Claim Single(this AnnotatedDocument document, string subject, Predicate predicate, string? obj = null)
    {
        var found = document.Between(subject, predicate, obj);
        Assert.True(found.Count == 1,
            $"Expected one {subject} {predicate} {obj} claim, found {found.Count}. Claims: " +
            string.Join("; ", document.Claims.Select(c => $"{document.NameOf(c.Subject)} {c.Predicate} {document.NameOf(c.Object)}")));
        return found[0];
    }
}
