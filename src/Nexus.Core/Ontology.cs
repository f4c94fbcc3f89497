namespace Nexus.Core;

/// <summary>
/// The fixed vocabulary: what each predicate links and which kinds each entity type accepts.
/// Immutable tables, safe to share between threads.
/// </summary>
public static class Ontology
{
    private static readonly ImmutableArray<EntityType> Actors =
        [EntityType.Person, EntityType.Organization];

    private static readonly ImmutableArray<EntityType> Groups = [EntityType.Organization];

    private static readonly ImmutableArray<EntityType> People = [EntityType.Person];

    private static readonly ImmutableArray<EntityType> Places = [EntityType.Location];

    private static readonly ImmutableArray<EntityType> Nothing = [];

    private static readonly ImmutableDictionary<Predicate, PredicateInfo> Table = new PredicateInfo[]
    {
        new(Predicate.MemberOf, Actors, Groups, false, "is a member, operative or commander of"),
        new(Predicate.Leads, People, Groups, false, "is the chief, emir, head or chairman of"),
        new(Predicate.DeputyOf, People, People, false, "is the deputy or second-in-command of"),
        new(Predicate.Founded, Actors, Groups, false, "founded or is a founding member of"),
        new(Predicate.PartOf, Groups, Groups, false, "is a branch, province or wing of"),
        new(Predicate.AlliedWith, Actors, Actors, true, "is allied or cooperates with"),
        new(Predicate.Sponsors, Actors, Actors, false, "backs, sponsors or supports"),
        new(Predicate.Funded, Actors, Actors, false, "funds"),
        new(Predicate.Supplied, Actors, Actors, false, "supplies (an item qualifier says what)"),
        new(Predicate.Trained, Actors, Actors, false, "trains"),
        new(Predicate.HostileTo, Actors, Actors, true, "fights, targets or opposes"),
        new(Predicate.Attacked, Actors, [EntityType.Person, EntityType.Organization, EntityType.Location], false, "attacked"),
        new(Predicate.Killed, Actors, Actors, false, "killed"),
        new(Predicate.Arrested, Actors, People, false, "arrested"),
        new(Predicate.Detained, Actors, People, false, "detained"),
        new(Predicate.MetWith, Actors, Actors, true, "met"),
        new(Predicate.OperatesIn, Actors, Places, false, "operates in"),
        new(Predicate.LocatedIn, [EntityType.Organization, EntityType.Location, EntityType.Person], Places, false, "is located in"),
        new(Predicate.Controls, Groups, Places, false, "holds or controls (territory, a town, a site)"),
        new(Predicate.NationalityOf, People, [EntityType.Nationality, EntityType.Location], false, "is a national of"),
        new(Predicate.DesignatedBy, Actors, Groups, false, "is designated (as terrorist) by"),
        new(Predicate.ResponsibleFor, Actors, [EntityType.Event, EntityType.Location], false, "is responsible for"),
        new(Predicate.Died, People, Nothing, false, "died"),
        new(Predicate.AssociatedWith, Actors, Actors, true, "is linked to (no better type known)"),
    }.ToImmutableDictionary(p => p.Predicate);

    public static PredicateInfo Describe(Predicate predicate) => Table[predicate];

    public static IEnumerable<PredicateInfo> Predicates => Table.Values.OrderBy(p => p.Predicate);

    /// <summary>The kinds an entity type accepts; empty where the type has no kinds.</summary>
    public static ImmutableArray<EntityKind> KindsOf(EntityType type) => type switch
    {
        EntityType.Organization =>
        [
            EntityKind.ArmedGroup, EntityKind.StateAgency, EntityKind.Government, EntityKind.Political,
            EntityKind.International, EntityKind.Media, EntityKind.Company, EntityKind.Other,
        ],
        EntityType.Location =>
        [
            EntityKind.Country, EntityKind.Region, EntityKind.City, EntityKind.District,
            EntityKind.Facility, EntityKind.Border, EntityKind.Other,
        ],
        _ => [],
    };
}
