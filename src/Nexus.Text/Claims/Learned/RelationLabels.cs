using Nexus.Text.Claims.Evaluation;

namespace Nexus.Text.Claims.Learned;

/// <summary>
/// The classes of the learned relation reader: no relation, or a re3d relation type (the types Nexus predicates
/// answer, <see cref="Re3dRelationTypes"/>) read forwards (the earlier mention is re3d's source: "Mosul, Iraq" is
/// Mosul CoLocated Iraq) or backwards ("in Iraq's Anbar province"). Each type becomes the Nexus predicate that
/// links the two mentions' types.
/// </summary>
internal static class RelationLabels
{
    public const string None = "none";

    public static readonly ImmutableArray<string> All =
        [None, .. Re3dRelationTypes.Scored.SelectMany(t => new[] { t + ">", t + "<" })];

    public static int Of(string type, bool forward) => All.IndexOf(type + (forward ? ">" : "<"));

    public static (string Type, bool Forward) Parse(int label) => (All[label][..^1], All[label][^1] == '>');

    /// <summary>
    /// The claim a re3d type reads as between <paramref name="source"/> and <paramref name="target"/>: the
    /// predicate whose signature fits their types, with its subject and object; null when none fits (a
    /// body InChargeOf a town is left to the patterns).
    /// </summary>
    public static (Predicate Predicate, Mention Subject, Mention Object)? Reading(string type, Mention source, Mention target)
    {
        (Predicate, Mention, Mention)[] options = type switch
        {
            "BelongsTo" => [(Predicate.PartOf, source, target), (Predicate.MemberOf, source, target)],
            // A person heads a body. That a body holds a town is left to the patterns: re3d has some twenty such pairs,
            // too few to learn it from ("ISKP Balochistan coordinator" read as ISKP holding Balochistan).
            "InChargeOf" => [(Predicate.Leads, source, target)],
            "AlliesOf" => [(Predicate.AlliedWith, source, target)],
            // An attack on a town, a hostility between actors.
            "FightingAgainst" => IsSite(target) ? [(Predicate.Attacked, source, target)]
                : IsSite(source) ? [(Predicate.Attacked, target, source)]
                : [(Predicate.HostileTo, source, target)],
            // Whichever argument is a place holds the other; a body operates there, a person or a place is located there.
            "CoLocated" => SentenceView.IsPlace(target) ? [Located(source, target)]
                : SentenceView.IsPlace(source) ? [Located(target, source)]
                : [],
            "CommWith" => [(Predicate.MetWith, source, target)],
            _ => [],
        };
        foreach (var (predicate, subject, obj) in options)
        {
            if (RelationCandidate.Fits(predicate, subject, obj))
            {
                return (predicate, subject, obj);
            }
        }
        return null;
    }

    private static (Predicate, Mention, Mention) Located(Mention thing, Mention place) =>
        (thing.Type == EntityType.Organization ? Predicate.OperatesIn : Predicate.LocatedIn, thing, place);

    // A place that is no state: what is attacked rather than fought.
    private static bool IsSite(Mention mention) => SentenceView.IsPlace(mention) && mention.Kind != EntityKind.Country;
}
