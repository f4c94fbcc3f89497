namespace Nexus.Analysis.Graph;

/// <summary>How many evidence paths to find and how long they may be.</summary>
public sealed record PathOptions
{
    /// <summary>The number of paths, best first.</summary>
    public int Count { get; init; } = 3;

    public int MaxHops { get; init; } = 4;
}
