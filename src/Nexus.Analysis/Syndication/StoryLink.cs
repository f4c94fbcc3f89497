namespace Nexus.Analysis.Syndication;

/// <summary>Why two documents were put in one story: the evidence that one copies the other.</summary>
/// <param name="Document">A document of the story.</param>
/// <param name="Other">The document it was found to copy or share an origin with.</param>
/// <param name="Similarity">Estimated Jaccard similarity of their five-word shingles, 0..1.</param>
/// <param name="Reason">"near-duplicate text" or "same origin …".</param>
public sealed record StoryLink(string Document, string Other, double Similarity, string Reason);
