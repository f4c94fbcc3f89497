namespace Nexus.Text.Claims.Calibration;

/// <summary>How a calibration table was built: the command, the data and its labels, and what cross-validation measured.</summary>
public sealed record CalibrationProvenance
{
    /// <summary>The command that built the table.</summary>
    public required string Command { get; init; }

    /// <summary>The documents read and how their claims were labelled right or wrong.</summary>
    public required string Data { get; init; }

    /// <summary>Labelled claims the table was fitted on, and how many a hand-written gold judged.</summary>
    public required int Claims { get; init; }

    public required int Judged { get; init; }

    /// <summary>What re3d's verdict was taken to be worth.</summary>
    public required LabelRates Rates { get; init; }

    /// <summary>Expected calibration error (10 bins) of the patterns' priors on the same claims.</summary>
    public required double PriorEce { get; init; }

    /// <summary>Expected calibration error of the recipe, each re3d source folder scored by a table fitted without it.</summary>
    public required double CrossValidatedEce { get; init; }
}
