using Nexus.Text.Mentions;

namespace Nexus.Text.Names;

/// <summary>
/// The mentions earlier stages found, indexed by token so the name rules look them up in constant
/// time (a linear scan per token would make long documents quadratic).
/// </summary>
internal sealed class KnownMentions
{
    private readonly Mention?[] _covering;
    private readonly Dictionary<(int, int), Mention> _exact = [];
    private readonly Dictionary<int, Mention> _byEnd = [];
    private readonly Dictionary<Mention, int> _starts = new(ReferenceEqualityComparer.Instance);

    public KnownMentions(ImmutableArray<Mention> mentions, TokenIndex index, int tokenCount)
    {
        _covering = new Mention?[tokenCount];
        foreach (var mention in mentions)
        {
            var (start, end) = index.Range(mention.Span);
            _exact.TryAdd((start, end), mention);
            _byEnd.TryAdd(end, mention);
            _starts[mention] = start;
            for (var k = start; k < end; k++)
            {
                _covering[k] ??= mention;
            }
        }
    }

    public Mention? Exactly(int start, int end) => _exact.GetValueOrDefault((start, end));

    public Mention? Covering(int token) => token >= 0 && token < _covering.Length ? _covering[token] : null;

    public Mention? EndingAt(int end) => _byEnd.GetValueOrDefault(end);

    public int StartOf(Mention mention) => _starts[mention];
}
