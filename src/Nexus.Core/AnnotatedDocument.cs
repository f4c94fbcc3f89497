namespace Nexus.Core;

/// <summary>
/// A document and the standoff layers the pipeline has added to it. Stages return a new instance
/// (<c>with</c>) rather than changing this one, so a pipeline can run on many documents at once.
/// </summary>
public sealed record AnnotatedDocument
{
    public AnnotatedDocument(Document document) => Document = document;

    public Document Document { get; }

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<Token> Tokens { get; init; } = [];

    public ImmutableArray<Mention> Mentions { get; init; } = [];

    public ImmutableArray<DocumentEntity> Entities { get; init; } = [];

    public ImmutableArray<TimeExpression> Times { get; init; } = [];

    public ImmutableArray<Claim> Claims { get; init; } = [];

    public string Text => Document.Text;

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The entity a key names, or null.</summary>
    public DocumentEntity? Entity(string? key) =>
        key is null ? null : Entities.FirstOrDefault(e => e.Key == key);
}
