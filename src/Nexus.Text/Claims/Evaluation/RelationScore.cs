namespace Nexus.Text.Claims.Evaluation;

/// <summary>Counts for one relation type (or all of them): matched, spurious and missed relations.</summary>
public sealed record RelationScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Predicted => TruePositives + FalsePositives;

    public int Gold => TruePositives + FalseNegatives;

    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static RelationScore Sum(string type, IEnumerable<RelationScore> scores)
    {
        var list = scores.ToList();
        return new(type, list.Sum(s => s.TruePositives), list.Sum(s => s.FalsePositives), list.Sum(s => s.FalseNegatives));
    }
}
