namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Holder and modality accuracy over the gold rows Nexus read a claim for (a row judged "wrong" on an
/// earlier output still has a holder and modality to get right), and how many of the relations that hold
/// it found.
/// </summary>
public sealed record AttributionEvaluation(ImmutableArray<AttributionJudgement> Judgements)
{
    /// <summary>Rows with a matching claim.</summary>
    public int Judged => Judgements.Count(j => j.Found);

    /// <summary>Rows whose relation holds in the text.</summary>
    public int Expected => Judgements.Count(j => j.Row.IsRight);

    /// <summary>Rows whose relation holds and that Nexus read.</summary>
    public int Found => Judgements.Count(j => j.Row.IsRight && j.Found);

    public double ModalityAccuracy => Ratio(Judgements.Count(j => j.ModalityRight), Judged);

    public double HolderAccuracy => Ratio(Judgements.Count(j => j.HolderRight), Judged);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
