using Nexus.Text.Mentions;

namespace Nexus.Text.Claims;

/// <summary>The mentions of one document indexed by token, for the claim patterns.</summary>
internal sealed class DocumentMentions
{
    private readonly Mention?[] _byToken;
    private readonly Dictionary<Mention, (int Start, int End)> _ranges = new(ReferenceEqualityComparer.Instance);
    private readonly List<Mention> _ordered;

    public DocumentMentions(AnnotatedDocument document)
    {
        _byToken = new Mention?[document.Tokens.Length];
        var index = new TokenIndex(document.Tokens);
        _ordered = [.. document.Mentions.OrderBy(m => m.Span.Start)];
        foreach (var mention in _ordered)
        {
            var range = index.Range(mention.Span);
            _ranges[mention] = range;
            for (var k = range.Start; k < range.End; k++)
            {
                _byToken[k] = mention;
            }
        }
    }

    public Mention? At(int token) => _byToken[token];

    public (int Start, int End) RangeOf(Mention mention) => _ranges[mention];

    /// <summary>The last accepted mention ending before <paramref name="offset"/> and starting after <paramref name="notBefore"/>.</summary>
    public Mention? LastBefore(int offset, Func<Mention, bool> accept, int notBefore) =>
        _ordered.LastOrDefault(m => m.Span.End <= offset && m.Span.Start >= notBefore && accept(m));
}
