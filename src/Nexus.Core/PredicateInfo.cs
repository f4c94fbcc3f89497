namespace Nexus.Core;

/// <summary>The signature of a predicate: which entity types it links and whether order matters.</summary>
/// <param name="Predicate">The predicate described.</param>
/// <param name="Subjects">Entity types allowed as subject.</param>
/// <param name="Objects">Entity types allowed as object; empty for one-place predicates.</param>
/// <param name="Symmetric">True when "A p B" says the same as "B p A" (allied_with, met_with).</param>
/// <param name="Description">One line for help texts and exports.</param>
public sealed record PredicateInfo(
    Predicate Predicate,
    ImmutableArray<EntityType> Subjects,
    ImmutableArray<EntityType> Objects,
    bool Symmetric,
    string Description)
{
    /// <summary>Whether a subject of <paramref name="subject"/> and object of <paramref name="obj"/> fit.</summary>
    public bool Accepts(EntityType subject, EntityType? obj) =>
        Subjects.Contains(subject) && (obj is null ? Objects.IsEmpty : Objects.Contains(obj.Value));
}
