namespace Nexus.Analysis.Syndication;

/// <summary>A stored document as syndication detection sees it: its metadata and the MinHash sketch of its clean text.</summary>
public sealed record SourceDocument(string Id, DocumentMetadata Metadata, TextSignature Signature);
