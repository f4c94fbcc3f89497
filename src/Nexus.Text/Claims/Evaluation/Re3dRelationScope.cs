namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Which re3d relations Nexus can express at all. A gold relation is out of scope by design when
/// <list type="bullet">
/// <item>an argument is a pronoun ("we", "they", "he"): a claim names the referent, whose mention is elsewhere, so
/// no argument span can match;</item>
/// <item>an argument is not a person, organisation or location in re3d (weapons, platforms, vehicles, money,
/// "strikes", "the area"): Nexus links actors and places, and "strikes FightingAgainst mortar team" has no
/// claim;</item>
/// <item>no predicate mapped to its type links the two argument types (<see cref="Ontology"/>), e.g. InChargeOf
/// from a person to a place (leads is of a body, controls is a body's). A re3d location may stand in for an
/// organisation, since re3d does not tell a state ("Turkey within NATO") from a town.</item>
/// </list>
/// Scores are reported on all mapped relations and on the ones in scope; a claim matching an
/// out-of-scope relation counts in neither the in-scope precision nor its recall.
/// </summary>
public static class Re3dRelationScope
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
    [
        "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "it", "its",
        "they", "them", "their", "who", "whom", "which", "that", "this", "these", "those",
    ], StringComparer.Ordinal);

    /// <summary>Whether re3d's span is a pronoun, which Nexus never takes for a mention.</summary>
    public static bool IsPronoun(string text) => Pronouns.Contains(text.ToLowerInvariant());

    /// <summary>Why <paramref name="relation"/> is out of scope ("pronoun", "type Weapon", "no predicate for Organisation→Location"), or null when it is in scope.</summary>
    public static string? Exclusion(Re3dText text, Re3dRelation relation)
    {
        var (source, target) = (relation.Source.Of(text.Text), relation.Target.Of(text.Text));
        if (IsPronoun(source) || IsPronoun(target))
        {
            return "pronoun";
        }
        var (s, t) = (TypeAt(text, relation.Source), TypeAt(text, relation.Target));
        if (EntityTypeOf(s) is not { } subject)
        {
            return "type " + s;
        }
        if (EntityTypeOf(t) is not { } obj)
        {
            return "type " + t;
        }
        var predicates = Enum.GetValues<Predicate>().Where(p => Re3dRelationTypes.Of(p) == relation.Type).Select(Ontology.Describe).ToList();
        var fits = predicates.Any(p => Fits(p, subject, obj) || Re3dRelationTypes.IsUnordered(relation.Type) && Fits(p, obj, subject));
        return fits ? null : $"no predicate for {s}→{t}";
    }

    // A location may act for an organisation (a state), never the other way round.
    private static bool Fits(PredicateInfo predicate, EntityType subject, EntityType obj) =>
        AsActor(subject).Any(predicate.Subjects.Contains) && AsActor(obj).Any(predicate.Objects.Contains);

    private static EntityType[] AsActor(EntityType type) =>
        type == EntityType.Location ? [EntityType.Location, EntityType.Organization] : [type];

    private static EntityType? EntityTypeOf(string re3dType) => re3dType switch
    {
        "Person" => EntityType.Person,
        "Organisation" => EntityType.Organization,
        "Location" => EntityType.Location,
        _ => null,
    };

    // The type of the confident entity annotation on the span, else of the longest one overlapping it.
    private static string TypeAt(Re3dText text, TextSpan span)
    {
        var confident = text.Entities.Where(e => e.Confidence >= 0.5).ToList();
        return confident.FirstOrDefault(e => e.Span == span)?.Type
            ?? confident.Where(e => e.Span.Overlaps(span)).OrderByDescending(e => e.Span.Length).FirstOrDefault()?.Type
            ?? "none";
    }
}
