using Nexus.Text.Claims.Evaluation;

namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// The labelled claims a calibration is fitted and checked on: every re3d document read by its pipeline
/// (with patterns' priors, no calibration), its claims labelled by <see cref="ClaimLabeler"/>. The documents
/// of the held-out gold are kept apart: they are labelled with it and never fitted on.
/// </summary>
public sealed record CalibrationCorpus(ImmutableArray<LabeledClaim> Training, ImmutableArray<LabeledClaim> HeldOut)
{
    /// <summary>
    /// Reads <paramref name="texts"/> with <paramref name="pipelines"/>; <paramref name="golds"/> are the hand-written
    /// golds used for fitting, by name, and <paramref name="heldOut"/> the gold whose documents are held out.
    /// </summary>
    public static CalibrationCorpus Read(
        Re3dFoldPipelines pipelines, IReadOnlyList<Re3dText> texts, IReadOnlyDictionary<string, ImmutableArray<AttributionGoldRow>> golds,
        (string Name, ImmutableArray<AttributionGoldRow> Rows) heldOut, CancellationToken cancellationToken)
    {
        var heldOutDocuments = heldOut.Rows.Select(r => r.Document).ToHashSet(StringComparer.Ordinal);
        var withHeldOut = golds.ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        withHeldOut[heldOut.Name] = heldOut.Rows;
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
