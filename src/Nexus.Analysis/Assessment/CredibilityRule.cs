namespace Nexus.Analysis.Assessment;

/// <summary>A row of the credibility table (GRADING.md): the first row whose condition holds gives the grade.</summary>
/// <param name="Row">The row number, as the table and each assertion's rationale name it.</param>
/// <param name="Credibility">The information credibility it gives, 1 (confirmed) to 6 (cannot be judged).</param>
/// <param name="Condition">The condition in words.</param>
/// <param name="Applies">The condition as code.</param>
public sealed record CredibilityRule(int Row, int Credibility, string Condition, Func<CredibilityEvidence, bool> Applies)
{
    /// <summary>"row 6 (2, probably true): …", the explanation an assertion carries.</summary>
    public string Rationale => $"row {Row} ({Credibility}, {CredibilityRules.Words(Credibility)}): {Condition}";
}
