namespace Nexus.Core;

/// <summary>
/// Refines <see cref="EntityType.Organization"/> and <see cref="EntityType.Location"/>;
/// <see cref="Ontology.KindsOf"/> says which kinds each type accepts. Serialised in snake_case.
/// </summary>
public enum EntityKind
{
    // Organisation kinds
    ArmedGroup,
    StateAgency,
    Government,
    Political,
    International,
    Media,
    Company,

    // Location kinds
    Country,
    Region,
    City,
    District,
    Facility,
    Border,

    Other,
}
