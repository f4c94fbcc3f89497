namespace Nexus.Analysis.Timeline;

/// <summary>What a timeline shows.</summary>
public sealed record TimelineOptions
{
    /// <summary>Also show undated claims, at their document's publication date and marked undated.</summary>
    public bool IncludeUndated { get; init; }

    /// <summary>Only entries whose interval reaches this day or later.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only entries whose interval starts this day or earlier.</summary>
    public DateOnly? To { get; init; }
}
