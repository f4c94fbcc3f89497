namespace Nexus.Text.Mentions;

/// <summary>Creates mentions over token ranges of one document.</summary>
public sealed class MentionBuilder(AnnotatedDocument document)
{
    public Mention Create(int startToken, int endToken, EntityType type, EntityKind? kind, string source, double confidence,
        string? canonical = null, ImmutableArray<string> refs = default)
    {
        var span = new TextSpan(document.Tokens[startToken].Span.Start, document.Tokens[endToken - 1].Span.End);
        return new Mention
        {
            Span = span,
            Text = span.Of(document.Text),
            Type = type,
            Kind = kind,
            Confidence = confidence,
            Source = source,
            Canonical = canonical,
            Refs = refs.IsDefault ? [] : refs,
        };
    }
}
