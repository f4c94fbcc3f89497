namespace Nexus.Text.Models.Training;

/// <summary>Where a training run is: pass <see cref="Epoch"/> of <see cref="Epochs"/>, and the share of training examples it got right.</summary>
public sealed record TrainingProgress(string Model, int Epoch, int Epochs, double TrainingAccuracy);
