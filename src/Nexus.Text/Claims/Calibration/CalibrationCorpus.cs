using Nexus.Text.Claims.Evaluation;

namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// The labelled claims a calibration is compared, cross-validated and fitted on: every re3d document read by its
/// pipeline (with patterns' priors, no calibration), its claims labelled by <see cref="ClaimLabeler"/>.
/// </summary>
public static class CalibrationCorpus
{
    /// <summary>Reads <paramref name="texts"/> with <paramref name="pipelines"/>; <paramref name="golds"/> are the hand-written golds, by name.</summary>
    public static ImmutableArray<LabeledClaim> Read(
        Re3dFoldPipelines pipelines, IReadOnlyList<Re3dText> texts, IReadOnlyDictionary<string, ImmutableArray<AttributionGoldRow>> golds, CancellationToken cancellationToken)
    {
        var claims = ImmutableArray.CreateBuilder<LabeledClaim>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            claims.AddRange(ClaimLabeler.Label(text, RelationEvaluator.Read(pipelines, text, cancellationToken), golds));
        }
        return claims.ToImmutable();
    }
}
