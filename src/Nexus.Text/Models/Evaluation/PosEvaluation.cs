namespace Nexus.Text.Models.Evaluation;

/// <summary>Tagging accuracy over a treebank, overall and for words unseen in training when known.</summary>
public sealed record PosEvaluation(int Words, int Correct)
{
    public double Accuracy => Words == 0 ? 0 : (double)Correct / Words;
}
