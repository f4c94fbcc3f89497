using Nexus.Text.Claims.Evaluation;

namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// The labelled claims a calibration is fitted and checked on: every re3d document read by its pipeline
/// (with patterns' priors, no calibration), its claims labelled by <see cref="ClaimLabeler"/>. The documents
/// of the held-out golds are kept apart: they are labelled with them and never fitted on.
/// </summary>
public sealed record CalibrationCorpus(ImmutableArray<LabeledClaim> Training, ImmutableArray<LabeledClaim> HeldOut)
{
    /// <summary>
    /// Reads <paramref name="texts"/> with <paramref name="pipelines"/>; <paramref name="golds"/> are the hand-written
    /// golds used for fitting, by name, and <paramref name="heldOut"/> the blind golds whose documents are held out, by
    /// name (a held-out claim's <see cref="LabeledClaim.Gold"/> names the one that judged it).
    /// </summary>
    public static CalibrationCorpus Read(
        Re3dFoldPipelines pipelines, IReadOnlyList<Re3dText> texts, IReadOnlyDictionary<string, ImmutableArray<AttributionGoldRow>> golds,
        IReadOnlyDictionary<string, ImmutableArray<AttributionGoldRow>> heldOut, CancellationToken cancellationToken)
    {
        var heldOutDocuments = heldOut.Values.SelectMany(rows => rows.Select(r => r.Document)).ToHashSet(StringComparer.Ordinal);
        var withHeldOut = golds.Concat(heldOut).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        var training = ImmutableArray.CreateBuilder<LabeledClaim>();
        var held = ImmutableArray.CreateBuilder<LabeledClaim>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = RelationEvaluator.Read(pipelines, text, cancellationToken);
            if (heldOutDocuments.Contains(AttributionMatcher.KeyOf(text)))
            {
                held.AddRange(ClaimLabeler.Label(text, document, withHeldOut));
            }
            else
            {
                training.AddRange(ClaimLabeler.Label(text, document, golds));
            }
        }
        return new CalibrationCorpus(training.ToImmutable(), held.ToImmutable());
    }
}
