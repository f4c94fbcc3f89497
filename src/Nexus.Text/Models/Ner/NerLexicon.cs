namespace Nexus.Text.Models.Ner;

/// <summary>What the NER model knows of words beyond its labelled sentences: name lists and word clusters, both read as features and shipped inside the model.</summary>
public sealed record NerLexicon(NerGazetteer Gazetteer, WordClusters Clusters)
{
    public static readonly NerLexicon Empty = new(NerGazetteer.Empty, WordClusters.Empty);
}
