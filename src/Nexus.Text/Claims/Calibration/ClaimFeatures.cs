using System.Text.Json;
using Nexus.Text.Mentions;

namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// What the claim stage knows about a claim that bears on whether its relation is right: the pattern that
/// read it (and whether that read the parse or the surface), the pattern's prior, how far apart its
/// arguments stand, its modality, where its argument mentions came from, and its kind of relation. Every value
/// is read from the claim and the mentions of its sentence, so the stage and the trainer compute the
/// same features.
/// </summary>
/// <param name="Pattern">The claim's pattern ("dep:against", "verb").</param>
/// <param name="Prior">The confidence the pattern gave (a learned claim's: the reader's probability), before calibration; the Platt recipes recalibrate it.</param>
/// <param name="Distance">Tokens between the arguments: "adjacent" (0–2), "near" (3–6), "mid" (7–14), "far", "outside" (an argument is not named in the sentence) or "none" (no object).</param>
/// <param name="Modality">"asserted", "reported" or "hedged" (alleged, assessed, speculative, denied).</param>
/// <param name="Arguments">"confirmed" (both arguments found by the lists or rules and by the recogniser), "lists" (none by the recogniser alone) or "model" (one found only by the recogniser).</param>
/// <param name="Relation">The re3d relation type the predicate counts as ("CoLocated"), or the predicate itself when it has none ("sponsors"): the types group predicates that share how often they are right.</param>
public sealed record ClaimFeatures(string Pattern, double Prior, string Distance, string Modality, string Arguments, string Relation)
{
    /// <summary>Whether the pattern read the dependency parse.</summary>
    public bool IsDependency => Pattern.StartsWith("dep:", StringComparison.Ordinal);

    /// <summary>Whether the learned relation reader read it (<see cref="Learned.LearnedRelations"/>).</summary>
    public bool IsLearned => Pattern == Learned.LearnedRelations.Pattern;

    /// <summary>
    /// The one-hot features that are on, as "name=value". None is the confidence itself, which the stage replaces with
    /// the calibrated value, so the indicators read back from a stored claim are the ones it was calibrated on (its
    /// <see cref="Prior"/> is not: read back, that is the calibrated value).
    /// </summary>
    public IEnumerable<string> Indicators() =>
    [
        "pattern=" + Pattern, "kind=" + (IsLearned ? "learned" : IsDependency ? "dependency" : "surface"), "distance=" + Distance,
        "modality=" + Modality, "arguments=" + Arguments, "relation=" + Relation,
    ];

    public static ClaimFeatures Of(Claim claim, AnnotatedDocument document, TokenIndex index)
    {
        var trigger = claim.Trigger is { } t ? index.FirstAtOrAfter(t.Start) : index.FirstAtOrAfter(claim.Evidence.Start);
        var subject = Nearest(claim.Subject, claim, document, index, trigger);
        var obj = claim.Object is null ? null : Nearest(claim.Object, claim, document, index, trigger);
        return new ClaimFeatures(
            claim.Pattern ?? "unknown",
            claim.Confidence,
            DistanceOf(claim, index, subject, obj),
            claim.Modality switch
            {
                Core.Modality.Asserted => "asserted",
                Core.Modality.Reported => "reported",
                _ => "hedged",
            },
            ArgumentsOf(subject, obj),
            Evaluation.Re3dRelationTypes.Of(claim.Predicate) ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(claim.Predicate.ToString()));
    }

    // The mention of the entity in the claim's sentence nearest its trigger.
    private static Mention? Nearest(string key, Claim claim, AnnotatedDocument document, TokenIndex index, int trigger) =>
        document.Mentions
            .Where(m => m.EntityKey == key && claim.Evidence.Contains(m.Span))
            .MinBy(m => Math.Abs(index.FirstAtOrAfter(m.Span.Start) - trigger));

    private static string DistanceOf(Claim claim, TokenIndex index, Mention? subject, Mention? obj)
    {
        if (claim.Object is null)
        {
            return "none";
        }
        if (subject is null || obj is null)
        {
            return "outside";
        }
        var (first, second) = subject.Span.Start <= obj.Span.Start ? (subject, obj) : (obj, subject);
        var gap = Math.Max(0, index.FirstAtOrAfter(second.Span.Start) - index.Range(first.Span).End);
        return gap switch
        {
            <= 2 => "adjacent",
            <= 6 => "near",
            <= 14 => "mid",
            _ => "far",
        };
    }

    private static string ArgumentsOf(Mention? subject, Mention? obj)
    {
        var arguments = new[] { subject, obj }.OfType<Mention>().ToList();
        if (arguments.Any(m => m.Source == NerStageSource))
        {
            return "model";
        }
        return arguments.Count > 0 && arguments.All(m => m.Source.Contains("+" + NerStageSource, StringComparison.Ordinal)) ? "confirmed" : "lists";
    }

    private const string NerStageSource = Models.Ner.NerStage.Source;
}
