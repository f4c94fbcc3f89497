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
