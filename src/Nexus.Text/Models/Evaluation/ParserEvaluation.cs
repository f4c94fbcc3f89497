namespace Nexus.Text.Models.Evaluation;

/// <summary>Attachment scores over every word, punctuation included (as the CoNLL 2018 shared task counts).</summary>
public sealed record ParserEvaluation(int Words, int CorrectHeads, int CorrectArcs)
{
    /// <summary>Unlabelled attachment score: the share of words with the right head.</summary>
    public double Uas => Words == 0 ? 0 : (double)CorrectHeads / Words;

    /// <summary>Labelled attachment score: right head and right relation.</summary>
    public double Las => Words == 0 ? 0 : (double)CorrectArcs / Words;
}
