using Nexus.Text.Models;

namespace Nexus.Text.Claims.Learned;

/// <summary>
/// The learned relation reader's weights: a softmax classifier over the hashed features of a pair of mentions
/// in one sentence (<see cref="PairFeatures"/>), whose classes are "no relation" and each re3d relation type in
/// each direction (<see cref="RelationLabels"/>). Built by <c>nexus train relations</c>
/// (<see cref="RelationTrainer"/>) into models/relations.nxm; model card models/relations.md. Read-only after
/// loading, so one instance serves any number of threads.
/// </summary>
public sealed class RelationModel
{
    private const string FileKind = "relations";

    private readonly LinearModel _weights;

    internal RelationModel(LinearModel weights, double threshold, string provenance)
    {
        if (weights.Classes != RelationLabels.All.Length)
        {
            throw new InvalidDataException($"A relation model has {RelationLabels.All.Length} classes, this one {weights.Classes}.");
        }
        _weights = weights;
        Threshold = threshold;
        Provenance = provenance;
    }

    /// <summary>The lowest probability of a relation class that yields a claim.</summary>
    public double Threshold { get; }

    /// <summary>How the model was built: command, data, examples.</summary>
    public string Provenance { get; }

    /// <summary>Features with a weight.</summary>
    public int FeatureCount => _weights.FeatureCount;

    /// <summary>The probability of each class of <see cref="RelationLabels.All"/> for a pair with these features.</summary>
    internal float[] Probabilities(ReadOnlySpan<ulong> features)
    {
        var scores = new float[_weights.Classes];
        _weights.AddScores(features, scores);
        Softmax(scores);
        return scores;
    }

    internal static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }
        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    public void Save(Stream stream) => ModelFile.Write(stream, FileKind, writer =>
    {
        ModelFile.WriteStrings(writer, RelationLabels.All);
        writer.Write(Threshold);
        writer.Write(Provenance);
        _weights.Write(writer);
    });

    public static RelationModel Load(Stream stream) => ModelFile.Read(stream, FileKind, reader =>
    {
        var labels = ModelFile.ReadStrings(reader);
        if (!labels.SequenceEqual(RelationLabels.All))
        {
            throw new InvalidDataException($"The relation model's classes ({string.Join(", ", labels)}) are not this build's; retrain it with 'nexus train relations'.");
        }
        var threshold = reader.ReadDouble();
        var provenance = reader.ReadString();
        return new RelationModel(LinearModel.Read(reader), threshold, provenance);
    });
}
