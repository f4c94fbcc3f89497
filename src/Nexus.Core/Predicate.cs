namespace Nexus.Core;

/// <summary>
/// The closed relation vocabulary (v1). Serialised in snake_case (<c>member_of</c>);
/// <see cref="Ontology"/> holds each predicate's signature and symmetry.
/// </summary>
public enum Predicate
{
    MemberOf,
    Leads,
    DeputyOf,
    Founded,
    PartOf,
    AlliedWith,
    Sponsors,
    Funded,
    Supplied,
    Trained,
    HostileTo,
    Attacked,
    Killed,
    Arrested,
    Detained,
    MetWith,
    OperatesIn,
    LocatedIn,
    Controls,
    NationalityOf,
    DesignatedBy,
    ResponsibleFor,
    Died,
    AssociatedWith,
}
