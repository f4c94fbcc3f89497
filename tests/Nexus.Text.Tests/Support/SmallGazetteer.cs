namespace Nexus.Text.Tests.Support;

/// <summary>
/// A handful of list entries shaped like the compiled gazetteer's, so stage tests do not depend on
/// the full reference data. Includes a deliberately ambiguous acronym ("ISI").
/// </summary>
internal static class SmallGazetteer
{
    public static IReadOnlyList<GazetteerEntry> Entries { get; } =
    [
        Org("Lashkar-e-Tayyiba", "Lashkar-e-Tayyiba", EntityKind.ArmedGroup, "un:QDe.118"),
        Org("Lashkar-e-Taiba", "Lashkar-e-Tayyiba", EntityKind.ArmedGroup, "un:QDe.118"),
        Org("LeT", "Lashkar-e-Tayyiba", EntityKind.ArmedGroup, "un:QDe.118", caseSensitive: true),
        Org("ISI", "Islamic State of Iraq", EntityKind.ArmedGroup, "un:QDe.115", caseSensitive: true),
        Org("Islamic State Khorasan Province", "Islamic State Khorasan Province", EntityKind.ArmedGroup, "curated:iskp"),
        Org("ISKP", "Islamic State Khorasan Province", EntityKind.ArmedGroup, "curated:iskp", caseSensitive: true),
        Org("Taliban", "Taliban", EntityKind.ArmedGroup, "misp:taliban"),
        Org("Al-Qaida", "Al-Qaida", EntityKind.ArmedGroup, "un:QDe.004"),
        Org("Houthis", "Houthis", EntityKind.ArmedGroup, "misp:houthis"),
        Place("Pakistan", EntityKind.Country, "country:PK"),
        Place("Iran", EntityKind.Country, "country:IR"),
        Place("Afghanistan", EntityKind.Country, "country:AF"),
        Place("Balochistan", EntityKind.Region, "geonames:1183606"),
        Place("Quetta", EntityKind.City, "geonames:1167528"),
        Place("Mastung", EntityKind.City, "geonames:1170706"),
        Place("Kabul", EntityKind.City, "geonames:1138958", seatOf: "country:AF"),
        Place("Islamabad", EntityKind.City, "geonames:1176615", seatOf: "country:PK"),
        Place("Tehran", EntityKind.City, "geonames:112931", seatOf: "country:IR"),
        Place("Russia", EntityKind.Country, "country:RU"),
        Place("Moscow", EntityKind.City, "geonames:524901", seatOf: "country:RU"),
        Place("Mumbai", EntityKind.City, "geonames:1275339"),
        Place("Iraq", EntityKind.Country, "country:IQ"),
        Place("Anbar", EntityKind.Region, "geonames:99592"),
        Place("United Kingdom", EntityKind.Country, "country:GB"),
        Nationality("Pakistani", "country:PK"),
        Nationality("Afghan", "country:AF"),
        Nationality("Indian", "country:IN"),
        Nationality("Iraqi", "country:IQ"),
        Nationality("Syrian", "country:SY"),
        Nationality("Russian", "country:RU"),
        Nationality("Baloch", null),
    ];

    private static GazetteerEntry Org(string surface, string canonical, EntityKind kind, string reference, bool caseSensitive = false) =>
        new(surface, EntityType.Organization, kind, canonical, reference, reference.Split(':')[0], caseSensitive);

    private static GazetteerEntry Place(string name, EntityKind kind, string reference, string? seatOf = null) =>
        new(name, EntityType.Location, kind, name, reference, "geonames", false, seatOf);

    private static GazetteerEntry Nationality(string name, string? reference) =>
        new(name, EntityType.Nationality, null, name, reference, "countries", false);
}
