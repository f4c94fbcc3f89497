using Nexus.Text.Models.Corpora;

namespace Nexus.Text.Models.Ner;

/// <summary>A training sentence and the annotation convention (domain) it follows: "re3d", "wikigold", "gmb", "gum".</summary>
public sealed record NerExample(NerSentence Sentence, string Domain);
