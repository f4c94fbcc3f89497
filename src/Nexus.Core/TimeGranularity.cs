namespace Nexus.Core;

/// <summary>The precision a time expression was written with.</summary>
public enum TimeGranularity
{
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
}
