namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// How Nexus predicates answer re3d relation types: BelongsTo ← member_of, part_of; InChargeOf ← leads, controls;
/// AlliesOf ← allied_with; FightingAgainst ← hostile_to, attacked; CoLocated ← operates_in, located_in;
/// CommWith ← met_with. re3d types with no predicate (Likes, HasAttrOf, IsSynonymOf …) are not scored.
/// </summary>
public static class Re3dRelationTypes
{
    /// <summary>The scored re3d types, in report order.</summary>
    public static readonly ImmutableArray<string> Scored =
        ["BelongsTo", "InChargeOf", "AlliesOf", "FightingAgainst", "CoLocated", "CommWith"];

    // Types whose annotators gave either order (re3d often lists both), so matching ignores direction.
    private static readonly FrozenSet<string> Unordered =
        FrozenSet.ToFrozenSet(["AlliesOf", "FightingAgainst", "CoLocated", "CommWith"], StringComparer.Ordinal);

    /// <summary>The re3d type a predicate counts as, or null when it has none.</summary>
    public static string? Of(Predicate predicate) => predicate switch
    {
        Predicate.MemberOf or Predicate.PartOf => "BelongsTo",
        Predicate.Leads or Predicate.Controls => "InChargeOf",
        Predicate.AlliedWith => "AlliesOf",
        Predicate.HostileTo or Predicate.Attacked => "FightingAgainst",
        Predicate.OperatesIn or Predicate.LocatedIn => "CoLocated",
        Predicate.MetWith => "CommWith",
        _ => null,
    };

    public static bool IsUnordered(string type) => Unordered.Contains(type);
}
