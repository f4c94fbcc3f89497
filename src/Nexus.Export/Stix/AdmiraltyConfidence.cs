namespace Nexus.Export.Stix;

/// <summary>
/// The STIX 2.1 Appendix A mapping between Admiralty information credibility and the 0–100
/// confidence scale: 1 → 90, 2 → 70, 3 → 50, 4 → 30, 5 → 10; 6 (cannot be judged) has no confidence.
/// </summary>
public static class AdmiraltyConfidence
{
    public static int? ToConfidence(int credibility) => credibility switch
    {
        1 => 90,
        2 => 70,
        3 => 50,
        4 => 30,
        5 => 10,
        _ => null,
    };

    /// <summary>The credibility band a confidence falls in (80–100 → 1 … 0–19 → 5); null gives 6.</summary>
    public static int ToCredibility(int? confidence) => confidence switch
    {
        null => 6,
        >= 80 => 1,
        >= 60 => 2,
        >= 40 => 3,
        >= 20 => 4,
        _ => 5,
    };
}
