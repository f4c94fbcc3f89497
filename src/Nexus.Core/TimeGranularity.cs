namespace Nexus.Core;

/// <summary>The precision a time expression was written with.</summary>
public enum TimeGranularity
{
    Day,
    Week,
    Month,
    Season,
    Quarter,

    /// <summary>Six months: "the first half of 2024", "H2 2025".</summary>
    Half,
    Year,
    Decade,
    Century,
}
