namespace Nexus.Storage;

/// <summary>A line in a document listing.</summary>
public sealed record DocumentSummary(
    string Id,
    DocumentMetadata Metadata,
    int Length,
    int MentionCount,
    int ClaimCount,
    DateTimeOffset IngestedAt);
