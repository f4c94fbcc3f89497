namespace Nexus.Text.Models.Ner;

/// <summary>An entity the tagger found over tokens <c>[Start, End)</c> of a sentence, with its label and a 0.5..1 confidence.</summary>
public sealed record TaggedEntity(int Start, int End, string Label, double Confidence);
