namespace Nexus.Text.Models.Corpora;

/// <summary>A document of a NER corpus; <see cref="Corpus"/> names where it came from ("re3d/CENTCOM", "wikigold").</summary>
public sealed record NerDocument(string Id, string Corpus, ImmutableArray<NerSentence> Sentences)
{
    public int WordCount => Sentences.Sum(s => s.Words.Length);
}
