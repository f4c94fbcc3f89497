namespace Nexus.Text.Models.Training;

/// <summary>How a model trains. The seed fixes the example order, so equal options and data give equal bytes.</summary>
public sealed record TrainingOptions
{
    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 20240601;

    /// <summary>Features whose every averaged weight is smaller than this are dropped from the saved model.</summary>
    public float Prune { get; init; } = 0.001f;
}
