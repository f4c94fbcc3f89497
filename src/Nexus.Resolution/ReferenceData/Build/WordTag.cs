namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>What the corpora's part-of-speech tags say a word is, as far as the gazetteer's rules care.</summary>
internal enum WordTag
{
    Other,

    /// <summary>UD ADJ, Penn JJ/JJR/JJS: "Saudi officials", "Western diplomats".</summary>
    Adjective,

    /// <summary>UD PROPN, Penn NNP/NNPS.</summary>
    ProperNoun,
}
