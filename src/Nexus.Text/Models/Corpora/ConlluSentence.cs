namespace Nexus.Text.Models.Corpora;

/// <summary>A CoNLL-U sentence: its syntactic words (multi-word token lines and empty nodes left out).</summary>
public sealed record ConlluSentence(string? Id, ImmutableArray<ConlluWord> Words)
{
    public ImmutableArray<string> Forms => [.. Words.Select(w => w.Form)];
}
