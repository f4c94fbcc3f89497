namespace Nexus.Storage;

/// <summary>A page of full-text search hits, best first, and how many documents match in all.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Matching)
{
    public static SearchResults None { get; } = new([], 0);
}
