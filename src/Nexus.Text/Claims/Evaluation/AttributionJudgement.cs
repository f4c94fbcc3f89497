namespace Nexus.Text.Claims.Evaluation;

/// <summary>A gold row and the claim Nexus read for it (null when none matched), with whether its holder and modality agree.</summary>
public sealed record AttributionJudgement(AttributionGoldRow Row, Claim? Claim)
{
    public bool Found => Claim is not null;

    public bool ModalityRight => Claim is not null && AttributionMatcher.WireName(Claim.Modality) == Row.Modality;

    public bool HolderRight => Claim is not null && AttributionMatcher.SameHolder(Row.Holder, Claim.Holder);
}
