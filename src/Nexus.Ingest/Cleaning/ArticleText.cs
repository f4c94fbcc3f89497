namespace Nexus.Ingest.Cleaning;

/// <summary>The body of an article, paragraphs separated by a blank line, and what its chrome said about it.</summary>
internal sealed record ArticleText
{
    public required string Text { get; init; }

    public string? Title { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public DateOnly? Published { get; init; }

    public TimeOnly? PublishedTime { get; init; }

    public string? Origin { get; init; }

    public ImmutableArray<string> Credits { get; init; } = [];
}
