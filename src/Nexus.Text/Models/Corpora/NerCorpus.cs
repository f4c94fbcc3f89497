namespace Nexus.Text.Models.Corpora;

/// <summary>The NER corpora loaded together, so cross-validation can hold parts of them out.</summary>
public sealed class NerCorpus(
    ImmutableArray<Re3dDocument> re3d,
    ImmutableArray<NerDocument> wikigold,
    ImmutableArray<NerDocument> gmb,
    ImmutableArray<NerDocument> gum,
    Ner.NerLexicon lexicon)
{
    /// <summary>The name lists and word clusters the model is trained (and shipped) with.</summary>
    public Ner.NerLexicon Lexicon { get; } = lexicon;

    private readonly ImmutableArray<NerDocument> _re3dTokenised = [.. re3d.Select(Re3dReader.ToNerDocument)];

    public ImmutableArray<Re3dDocument> Re3d { get; } = re3d;

    public ImmutableArray<NerDocument> Wikigold { get; } = wikigold;

    public ImmutableArray<NerDocument> Gmb { get; } = gmb;

    public ImmutableArray<NerDocument> Gum { get; } = gum;

    /// <summary>
    /// The same corpus restricted to the named corpora ("re3d", "wikigold", "gmb", "gum") for
    /// training; re3d documents stay available for scoring either way.
    /// </summary>
    public NerCorpus Only(IReadOnlyCollection<string> names) => new(
        Re3d,
        names.Contains("wikigold") ? Wikigold : [],
        names.Contains("gmb") ? Gmb : [],
        names.Contains("gum") ? Gum : [],
        Lexicon)
    {
        TrainOnRe3d = names.Contains("re3d"),
    };

    /// <summary>Whether re3d documents are training material (they are always scoring material).</summary>
    public bool TrainOnRe3d { get; private init; } = true;

    /// <summary>Every document, re3d first, in a fixed order.</summary>
    public IEnumerable<NerDocument> All => (TrainOnRe3d ? _re3dTokenised : []).Concat(Wikigold).Concat(Gmb).Concat(Gum);

    /// <summary>The sentences of the documents <paramref name="include"/> keeps, each with its corpus as domain.</summary>
    public List<Ner.NerExample> TrainingSentences(Func<NerDocument, bool> include) =>
        [.. All.Where(include).SelectMany(d => d.Sentences.Select(s => new Ner.NerExample(s, DomainOf(d))))];

    /// <summary>The annotation convention of a document: its corpus without the re3d source folder.</summary>
    public static string DomainOf(NerDocument document) => document.Corpus.Split('/')[0];
}
