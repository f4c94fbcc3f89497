namespace Nexus.Core;

/// <summary>
/// What a mention names. A superset of the re3d entity types so that re3d evaluates them directly;
/// serialised in SCREAMING_SNAKE_CASE (<c>MILITARY_PLATFORM</c>).
/// </summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Nationality,
    Weapon,
    MilitaryPlatform,
    Vehicle,
    Money,
    Quantity,
    Temporal,
    Document,
    Event,
}
