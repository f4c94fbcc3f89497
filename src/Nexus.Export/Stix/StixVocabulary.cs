namespace Nexus.Export.Stix;

/// <summary>
/// Relationship types: STIX's own where one means the same (<c>located-at</c>), else the Nexus
/// predicate with hyphens (<c>member-of</c>, <c>allied-with</c>), which STIX allows as custom types.
/// </summary>
public static class StixVocabulary
{
    public static string RelationshipType(Predicate predicate) => predicate switch
    {
        Predicate.LocatedIn => "located-at",
        _ => Statements.EnumNames.Snake(predicate).Replace('_', '-'),
    };

    /// <summary>The predicate a relationship type stands for: the inverse of <see cref="RelationshipType"/>, plus STIX's "related-to".</summary>
    public static Predicate? PredicateOf(string relationshipType) =>
        relationshipType switch
        {
            "related-to" => Predicate.AssociatedWith,
            _ => Enum.GetValues<Predicate>().Cast<Predicate?>().FirstOrDefault(p => string.Equals(RelationshipType(p!.Value), relationshipType, StringComparison.Ordinal)),
        };
}
