namespace Nexus.Text.Claims.Calibration;

/// <summary>How a calibration table was built: the command, the data and its labels, and how each candidate recipe did out of sample.</summary>
public sealed record CalibrationProvenance
{
    /// <summary>The command that built the table.</summary>
    public required string Command { get; init; }

    /// <summary>The documents read and how their claims were labelled right or wrong.</summary>
    public required string Data { get; init; }

    /// <summary>Labelled claims the table was fitted on, and how many a hand-written gold judged.</summary>
    public required int Claims { get; init; }

    public required int Judged { get; init; }

    /// <summary>What re3d's verdict was taken to be worth where soft labels are fitted on.</summary>
    public required LabelRates Rates { get; init; }

    /// <summary>Every candidate's cross-validated scores; the table is the chosen one's, fitted on all labelled claims.</summary>
    public required ImmutableArray<CandidateScore> Candidates { get; init; }

    /// <summary>The chosen candidate: the least leave-one-source-out ECE among those whose Brier score is no worse than the priors'.</summary>
    public required CandidateScore Chosen { get; init; }
}
