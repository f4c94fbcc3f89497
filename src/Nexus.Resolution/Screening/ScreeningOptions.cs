namespace Nexus.Resolution.Screening;

/// <summary>How a name is screened.</summary>
public sealed record ScreeningOptions
{
    /// <summary>Matches scoring below this are not reported. 0.84 gives recall 0.96 at precision 0.99 on the perturbation test set (RESOLUTION.md).</summary>
    public double MinScore { get; init; } = 0.84;

    public int MaxResults { get; init; } = 10;

    /// <summary>Whether aliases the UN marks as low quality ("Haji Mudir") may match; their scores are discounted either way.</summary>
    public bool IncludeLowQuality { get; init; } = true;

    /// <summary>Lists to screen against ("un", "misp", "curated"); empty means all.</summary>
    public ImmutableArray<string> Lists { get; init; } = [];

    /// <summary>Only records of this type (PERSON or ORGANIZATION), or any when null.</summary>
    public EntityType? Type { get; init; }

    public static ScreeningOptions Default { get; } = new();
}
