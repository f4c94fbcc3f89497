namespace Nexus.Core;

/// <summary>How a time expression bounds its interval.</summary>
public enum TimeQualifier
{
    /// <summary>Within the interval ("in June 2025").</summary>
    Within,

    /// <summary>Roughly the interval ("around 2015").</summary>
    Approximate,

    /// <summary>Up to the end of the interval ("by June 2025", "until July 2016"); the start is open.</summary>
    Before,

    /// <summary>From the start of the interval on ("since 2015", "after March"); the end is open.</summary>
    After,
}
