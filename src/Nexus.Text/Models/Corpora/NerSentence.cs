namespace Nexus.Text.Models.Corpora;

/// <summary>A tokenised sentence with flat entity annotations.</summary>
public sealed record NerSentence(ImmutableArray<string> Words, ImmutableArray<EntityAnnotation> Entities);
