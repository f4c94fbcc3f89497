namespace Nexus.Ingest.Cleaning;

/// <summary>What a container format already says about an article (HTML meta tags, a feed item).</summary>
internal sealed record ArticleHints
{
    public static readonly ArticleHints None = new();

    public string? Title { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public DateOnly? Published { get; init; }

    public TimeOnly? PublishedTime { get; init; }
}
