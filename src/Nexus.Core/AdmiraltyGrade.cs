namespace Nexus.Core;

/// <summary>
/// An Admiralty (NATO) grade: source reliability A–F (G deliberately deceptive) and information
/// credibility 1–6, written "B2".
/// </summary>
public readonly record struct AdmiraltyGrade
{
    public AdmiraltyGrade(SourceReliability reliability, int credibility)
    {
        if (credibility is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(credibility), "Credibility is graded 1 (confirmed) to 6 (cannot be judged).");
        }
        Reliability = reliability;
        Credibility = credibility;
    }

    public SourceReliability Reliability { get; }

    /// <summary>1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.</summary>
    public int Credibility { get; }

    public override string ToString() => $"{Reliability}{Credibility}";
}
