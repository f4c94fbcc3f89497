namespace Nexus.Analysis.Syndication;

/// <summary>A stored document as syndication detection sees it: metadata, text signature, and the reliability its source is graded.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Metadata">Publisher, origin, title, date as ingested.</param>
/// <param name="Signature">The MinHash sketch of its clean text.</param>
/// <param name="Reliability">The source's grade after the analyst's curations (see <see cref="Assessment.SourceGrades"/>).</param>
public sealed record SourceDocument(string Id, DocumentMetadata Metadata, TextSignature Signature, SourceReliability Reliability);
