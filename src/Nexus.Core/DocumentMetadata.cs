namespace Nexus.Core;

/// <summary>
/// What is known about a document besides its text: byline, dates, where it came from and how it is
/// marked and graded. Site chrome that carries facts (a byline, a "Source:" line, an image credit)
/// ends up here rather than in the text.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    /// <summary>The site or outlet that carried the text.</summary>
    public string? Publisher { get; init; }

    /// <summary>The original publisher when the text is republished ("Source: Memri.org").</summary>
    public string? Origin { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public DateOnly? Published { get; init; }

    /// <summary>The publication time of day as printed, without a time zone, when the page gives one.</summary>
    public TimeOnly? PublishedTime { get; init; }

    public DateTimeOffset? Retrieved { get; init; }

    /// <summary>The file path or URI the document was read from.</summary>
    public string? Source { get; init; }

    /// <summary>The reader that produced the text: "text", "html", "pdf", "feed", "json".</summary>
    public string? Format { get; init; }

    public string Language { get; init; } = "en";

    public TlpMarking Marking { get; init; } = TlpMarking.Clear;

    public SourceReliability Reliability { get; init; } = SourceReliability.F;

    /// <summary>Credits found in captions ("(Source: Wion)" gives "Wion").</summary>
    public ImmutableArray<string> Credits { get; init; } = [];
}
