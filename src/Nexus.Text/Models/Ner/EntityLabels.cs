namespace Nexus.Text.Models.Ner;

/// <summary>
/// The entity labels the NER model predicts and how each corpus's tag set maps onto them. Labels are
/// the SCREAMING_SNAKE_CASE names of <see cref="EntityType"/>, plus <see cref="Misc"/> for CoNLL/GMB
/// names of no Nexus type (works, events of art, diseases), which the stage drops.
/// </summary>
public static class EntityLabels
{
    public const string Person = "PERSON";
    public const string Organization = "ORGANIZATION";
    public const string Location = "LOCATION";
    public const string Nationality = "NATIONALITY";
    public const string Weapon = "WEAPON";
    public const string MilitaryPlatform = "MILITARY_PLATFORM";
    public const string Vehicle = "VEHICLE";
    public const string Money = "MONEY";
    public const string Quantity = "QUANTITY";
    public const string Temporal = "TEMPORAL";
    public const string Document = "DOCUMENT";
    public const string Event = "EVENT";
    public const string Misc = "MISC";

    /// <summary>The three types of the headline scores.</summary>
    public static readonly ImmutableArray<string> Core = [Person, Organization, Location];

    /// <summary>re3d entity types; CommsIdentifier, Frequency and Url have no Nexus type and are dropped.</summary>
    public static string? FromRe3d(string type) => type switch
    {
        "Person" => Person,
        "Organisation" => Organization,
        "Location" => Location,
        "Nationality" => Nationality,
        "Weapon" => Weapon,
        "MilitaryPlatform" => MilitaryPlatform,
        "Vehicle" => Vehicle,
        "Money" => Money,
        "Quantity" => Quantity,
        "Temporal" => Temporal,
        "DocumentReference" => Document,
        _ => null,
    };

    /// <summary>CoNLL-2003 types (wikigold).</summary>
    public static string? FromConll(string type) => type switch
    {
        "PER" => Person,
        "ORG" => Organization,
        "LOC" => Location,
        "MISC" => Misc,
        _ => null,
    };

    /// <summary>GMB types: <c>gpe</c> is mostly nationality adjectives ("Iraqi"), <c>nat</c> natural phenomena.</summary>
    public static string? FromGmb(string type) => type switch
    {
        "per" => Person,
        "org" => Organization,
        "geo" => Location,
        "gpe" => Nationality,
        "tim" => Temporal,
        "eve" => Event,
        "art" or "nat" => Misc,
        _ => null,
    };

    /// <summary>GUM entity types; GUM marks every nominal mention, and only these three carry over.</summary>
    public static string? FromGum(string type) => type switch
    {
        "person" => Person,
        "organization" => Organization,
        "place" => Location,
        _ => null,
    };

    /// <summary>The label of a Nexus type.</summary>
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Organization => Organization,
        EntityType.Location => Location,
        EntityType.Nationality => Nationality,
        EntityType.Weapon => Weapon,
        EntityType.MilitaryPlatform => MilitaryPlatform,
        EntityType.Vehicle => Vehicle,
        EntityType.Money => Money,
        EntityType.Quantity => Quantity,
        EntityType.Temporal => Temporal,
        EntityType.Document => Document,
        EntityType.Event => Event,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No NER label for this entity type."),
    };

    /// <summary>The Nexus type of a label, or null for <see cref="Misc"/>.</summary>
    public static EntityType? ToEntityType(string label) => label switch
    {
        Person => EntityType.Person,
        Organization => EntityType.Organization,
        Location => EntityType.Location,
        Nationality => EntityType.Nationality,
        Weapon => EntityType.Weapon,
        MilitaryPlatform => EntityType.MilitaryPlatform,
        Vehicle => EntityType.Vehicle,
        Money => EntityType.Money,
        Quantity => EntityType.Quantity,
        Temporal => EntityType.Temporal,
        Document => EntityType.Document,
        Event => EntityType.Event,
        _ => null,
    };
}
