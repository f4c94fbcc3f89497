namespace Nexus.Text.Models.Corpora;

/// <summary>The NER corpora loaded together, so cross-validation can hold parts of them out.</summary>
public sealed class NerCorpus(
    ImmutableArray<Re3dDocument> re3d,
    ImmutableArray<NerDocument> wikigold,
    ImmutableArray<NerDocument> gmb,
    ImmutableArray<NerDocument> gum)
{
    private readonly ImmutableArray<NerDocument> _re3dTokenised = [.. re3d.Select(Re3dReader.ToNerDocument)];

    public ImmutableArray<Re3dDocument> Re3d { get; } = re3d;

    public ImmutableArray<NerDocument> Wikigold { get; } = wikigold;

    public ImmutableArray<NerDocument> Gmb { get; } = gmb;

    public ImmutableArray<NerDocument> Gum { get; } = gum;

    /// <summary>Every document, re3d first, in a fixed order.</summary>
    public IEnumerable<NerDocument> All => _re3dTokenised.Concat(Wikigold).Concat(Gmb).Concat(Gum);

    /// <summary>The sentences of the documents <paramref name="include"/> keeps.</summary>
    public List<NerSentence> TrainingSentences(Func<NerDocument, bool> include) =>
        [.. All.Where(include).SelectMany(d => d.Sentences)];
}
