namespace Nexus.Text.Models.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence; <see cref="Head"/> is 1-based with 0 for the root.</summary>
public sealed record ConlluWord(string Form, string Upos, string Xpos, int Head, string Relation, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
