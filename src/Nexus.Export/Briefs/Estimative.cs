namespace Nexus.Export.Briefs;

/// <summary>
/// ICD 203 estimative language from an Admiralty grade. The term never says more than the
/// information credibility supports — confirmed (1) reads "very likely", never "almost certain",
/// since open sources confirm rather than prove — and credibility 6 gets no term at all. Confidence
/// is stated in a sentence of its own, as ICD 203 asks, from the source reliability, the number of
/// independent sources and whether anything contests the assertion.
/// </summary>
public static class Estimative
{
    /// <summary>ICD 203's terms, weakest to strongest.</summary>
    public static readonly ImmutableArray<string> Terms =
        ["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"];

    /// <summary>The term for an information credibility, or null for 6 (cannot be judged).</summary>
    public static string? TermFor(int credibility) => credibility switch
    {
        1 => "very likely",
        2 => "likely",
        3 => "roughly even chance",
        4 => "unlikely",
        5 => "very unlikely",
        _ => null,
    };

    /// <summary>"It is likely that …", "There is a roughly even chance that …", or the plain admission for 6.</summary>
    public static string Judgement(int credibility, string clause) => TermFor(credibility) switch
    {
        null => $"Nexus cannot judge whether {clause}.",
        "roughly even chance" => $"There is a roughly even chance that {clause}.",
        var term => $"It is {term} that {clause}.",
    };

    public static string ConfidenceLevel(Assertion assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return assertion.Contested ? "low"
            : assertion.Grade.Reliability <= SourceReliability.B && assertion.IndependentSources >= 2 ? "high"
            : assertion.Grade.Reliability <= SourceReliability.C || assertion.IndependentSources >= 2 ? "moderate"
            : "low";
    }

    /// <summary>What each reliability letter means, as the Admiralty code words it.</summary>
    public static string Describe(SourceReliability reliability) => reliability switch
    {
        SourceReliability.A => "completely reliable",
        SourceReliability.B => "usually reliable",
        SourceReliability.C => "fairly reliable",
        SourceReliability.D => "not usually reliable",
        SourceReliability.E => "unreliable",
        SourceReliability.F => "reliability cannot be judged",
        _ => "deliberately deceptive",
    };
}
