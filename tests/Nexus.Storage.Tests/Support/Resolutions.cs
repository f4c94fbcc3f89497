namespace Nexus.Storage.Tests.Support;

/// <summary>Hand-made resolutions of <see cref="Fixtures.Report"/>, as the resolver would replace them.</summary>
public static class Resolutions
{
    public const string Goren = "person:mehmet-goren";
    public const string Police = "org:turkish-national-police";
    public const string Ministry = "org:interior-ministry";
    public const string Iskp = "org:iskp";
    public const string Gaziantep = "loc:gaziantep";

    /// <summary>Every entity of the report resolved, with names that differ from the document's where resolution knows better.</summary>
    public static (IReadOnlyList<Entity> Entities, IReadOnlyList<EntityMembership> Memberships) OfReport(string documentId)
    {
        Entity[] entities =
        [
            new() { Id = Goren, Type = EntityType.Person, Name = "Mehmet Gören", Aliases = [new("Gören", documentId), new("Mehmet Goeren", "analyst")] },
            new() { Id = Police, Type = EntityType.Organization, Kind = EntityKind.StateAgency, Name = "Turkish National Police", Aliases = [new("Turkish police", documentId), new("TNP", "analyst")] },
            new() { Id = Gaziantep, Type = EntityType.Location, Kind = EntityKind.City, Name = "Gaziantep", Refs = ["geonames:314830"], Coordinates = new GeoPoint(37.0662, 37.3833) },
            new() { Id = Ministry, Type = EntityType.Organization, Kind = EntityKind.Government, Name = "Ministry of Interior (Türkiye)", Aliases = [new("Interior Ministry", documentId)] },
            new() { Id = Iskp, Type = EntityType.Organization, Kind = EntityKind.ArmedGroup, Name = "Islamic State Khorasan Province", Aliases = [new("ISKP", "un"), new("ISIS-K", "misp")], Refs = ["un:QDe.161", "misp:islamic-state-khorasan"] },
            new() { Id = "person:abu-talha-al-sindi", Type = EntityType.Person, Name = "Abu Talha al-Sindi" },
            new() { Id = "loc:istanbul", Type = EntityType.Location, Kind = EntityKind.City, Name = "Istanbul", Refs = ["geonames:745044"], Coordinates = new GeoPoint(41.0082, 28.9784) },
        ];
        EntityMembership Member(string key, string entityId, string reason, double score) =>
            new(new DocumentEntityRef(documentId, key), entityId, reason, score);
        EntityMembership[] memberships =
        [
            Member("e1", Goren, "same name after normalisation", 1),
            Member("e2", Police, "alias of org:turkish-national-police", 0.92),
            Member("e3", Gaziantep, "ref geonames:314830", 1),
            Member("e4", Ministry, "alias of org:interior-ministry", 0.9),
            Member("e5", Iskp, "ref un:QDe.161", 1),
            Member("e6", "person:abu-talha-al-sindi", "same name after normalisation", 1),
            Member("e7", "loc:istanbul", "ref geonames:745044", 1),
        ];
        return (entities, memberships);
    }

    /// <summary>Names that share "Gören" in every way a lookup can rank: by alias, prefix, word start and inside a word.</summary>
    public static IReadOnlyList<Entity> Namesakes { get; } =
    [
        new() { Id = "org:goren-holding", Type = EntityType.Organization, Kind = EntityKind.Company, Name = "Gören Holding" },
        new() { Id = "person:ali-gorenoglu", Type = EntityType.Person, Name = "Ali Görenoğlu" },
        new() { Id = "org:bugoren-cooperative", Type = EntityType.Organization, Kind = EntityKind.Company, Name = "Bugören Cooperative" },
    ];
}
