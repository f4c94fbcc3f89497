namespace Nexus.Analysis.Syndication;

/// <summary>How similar two documents must be to count as copies of one story.</summary>
public sealed record SyndicationOptions
{
    /// <summary>Estimated Jaccard similarity of five-word shingles at or above which two texts are copies whatever their metadata.</summary>
    public double DuplicateSimilarity { get; init; } = 0.5;

    /// <summary>The lower similarity that suffices when both name the same origin (a trimmed or re-headlined republication).</summary>
    public double SameOriginSimilarity { get; init; } = 0.2;

    /// <summary>Origins shared by more documents than this are compared by text alone, to keep detection near-linear.</summary>
    public int MaxOriginGroup { get; init; } = 2000;
}
