using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Mentions;

namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// Says what the golds know of each claim read from a re3d document: the verdict of a hand-written gold that
/// lists it (a judged row's "right"/"wrong"; every row of a blind gold is right, and since a blind gold lists
/// every claim a reader expects in its documents, a claim there it does not list is wrong), and whether re3d
/// annotates its relation, for the predicates mapped onto re3d types (<see cref="RelationEvaluator.IsAnnotated"/>).
/// Claims neither speaks for are left out.
/// </summary>
public static class ClaimLabeler
{
    /// <summary>The labelled claims of <paramref name="document"/>, read from <paramref name="text"/>; <paramref name="golds"/> are hand-written golds by name ("re3d-attribution").</summary>
    public static IEnumerable<LabeledClaim> Label(Re3dText text, AnnotatedDocument document, IReadOnlyDictionary<string, ImmutableArray<AttributionGoldRow>> golds)
    {
        var key = AttributionMatcher.KeyOf(text);
        var verdicts = new Dictionary<Claim, (bool Right, string Gold)>(ReferenceEqualityComparer.Instance);
        foreach (var (name, rows) in golds)
        {
            var own = rows.Where(r => r.Document == key).ToList();
            foreach (var judgement in AttributionMatcher.Match(own, document))
            {
                if (judgement.Claim is { } claim)
                {
                    verdicts.TryAdd(claim, (judgement.Row.IsRight, name));
                }
            }
            if (own.Count > 0 && own.All(r => r.Relation is null))
            {
                foreach (var claim in document.Claims)
                {
                    verdicts.TryAdd(claim, (false, name));
                }
            }
        }
        var index = new TokenIndex(document.Tokens);
        foreach (var claim in document.Claims)
        {
            var annotated = RelationEvaluator.IsAnnotated(text, document, claim);
            var judged = verdicts.TryGetValue(claim, out var hand) ? hand : ((bool Right, string Gold)?)null;
            if (judged is not null || annotated is not null)
            {
                yield return new LabeledClaim(text.Folder, text.Id, claim, ClaimFeatures.Of(claim, document, index), judged?.Right, judged?.Gold, annotated);
            }
        }
    }
}
