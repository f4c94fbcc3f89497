namespace Nexus.Analysis.Syndication;

/// <summary>
/// One piece of reporting and every copy of it: documents whose texts are near-duplicates, or that
/// name the same origin and share a title or much of their text. Claims from one story count as one
/// source however many sites republished it.
/// </summary>
public sealed record Story
{
    /// <summary><c>story:</c> and the id of its first document (earliest published, then lowest id).</summary>
    public required string Id { get; init; }

    /// <summary>The documents, first document first.</summary>
    public required ImmutableArray<string> Documents { get; init; }

    public string? Title { get; init; }

    /// <summary>The origin when a copy names one, else the first document's publisher.</summary>
    public string? Source { get; init; }

    /// <summary>Every publisher and origin its documents name.</summary>
    public required ImmutableArray<string> Outlets { get; init; }

    public DateOnly? FirstPublished { get; init; }

    /// <summary>The best reliability among its documents' sources (<see cref="Assessment.SourceGrades"/>): a graded original republished by an ungraded site keeps its grade.</summary>
    public SourceReliability Reliability { get; init; } = SourceReliability.F;

    /// <summary>The pairs that joined the story, for explaining it.</summary>
    public ImmutableArray<StoryLink> Links { get; init; } = [];
}
