namespace Nexus.Export.Tests.Support;

/// <summary>
/// A small snapshot built by hand for the cases the reference article lacks: an APT, an undesignated
/// armed group, an entity resolution left out, a one-place claim, graded assertions and a curation
/// whose target is gone.
/// </summary>
public static class HandBuilt
{
    public const string Text = "The Indian dossier alleges that Group A is allied with Group B. Hacker Team C operates in Karachi. Person D reportedly died in 2016.";

    public static readonly string DocumentId = Document.IdOf(Text);

    public static ExportSnapshot Snapshot()
    {
        var metadata = new DocumentMetadata { Title = "Hand-built", Publisher = "Test Wire", Published = new DateOnly(2024, 5, 1), Marking = TlpMarking.Green, Reliability = SourceReliability.C };
        Entity[] entities =
        [
            new() { Id = "ent:a", Type = EntityType.Organization, Kind = EntityKind.ArmedGroup, Name = "Group A", Refs = ["un:QDe.001"] },
            new() { Id = "ent:b", Type = EntityType.Organization, Kind = EntityKind.ArmedGroup, Name = "Group B", Aliases = [new Alias("GB", DocumentId)] },
            new() { Id = "ent:c", Type = EntityType.Organization, Kind = EntityKind.Other, Name = "Hacker Team C", Refs = ["misp:apt-c"] },
            new() { Id = "ent:k", Type = EntityType.Location, Kind = EntityKind.City, Name = "Karachi", Refs = ["geonames:1174872", "within:country:PK"], Coordinates = new GeoPoint(24.86, 67.01) },
            new() { Id = "ent:dossier", Type = EntityType.Document, Name = "Indian dossier" },
        ];
        LinkedEntity[] linked =
        [
            new(Local("e1", EntityType.Document, "Indian dossier"), "ent:dossier"),
            new(Local("e2", EntityType.Organization, "Group A"), "ent:a"),
            new(Local("e3", EntityType.Organization, "Group B"), "ent:b"),
            new(Local("e4", EntityType.Organization, "Hacker Team C"), "ent:c"),
            new(Local("e5", EntityType.Location, "Karachi"), "ent:k"),
            new(Local("e6", EntityType.Person, "Person D"), null),
        ];
        var claims = new[]
        {
            Stored("c1", Predicate.AlliedWith, "e2", "Group A", "e3", "Group B", Modality.Alleged, new Holder("Indian dossier", HolderKind.Document, "e1"), 0, 62),
            Stored("c2", Predicate.OperatesIn, "e4", "Hacker Team C", "e5", "Karachi", Modality.Asserted, Holder.Author(null), 63, 97),
            Stored("c3", Predicate.Died, "e6", "Person D", null, null, Modality.Reported, new Holder("unnamed sources", HolderKind.Anonymous), 98, Text.Length),
        };
        return new ExportSnapshot
        {
            Entities = [.. entities],
            Documents = [new ExportDocument(DocumentId, Text, metadata, [.. linked])],
            Claims = [.. claims],
            Assertions =
            [
                Assertion("asr:1", "ent:a", Predicate.AlliedWith, "ent:b", claims[0].Id, new AdmiraltyGrade(SourceReliability.C, 2)),
                Assertion("asr:2", "ent:c", Predicate.OperatesIn, "ent:k", claims[1].Id, new AdmiraltyGrade(SourceReliability.B, 6)),
            ],
            Curations =
            [
                new Curation { Id = "cur-confirm", Action = CurationAction.ConfirmClaim, Targets = [claims[0].Id], Analyst = "analyst-a", At = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero) },
                new Curation { Id = "cur-gone", Action = CurationAction.Merge, Targets = ["ent:gone-1", "ent:gone-2"], At = new DateTimeOffset(2024, 6, 2, 8, 0, 0, TimeSpan.Zero) },
            ],
            RefSections = ImmutableDictionary<string, string>.Empty.Add("misp:apt-c", "threat-actor"),
        };
    }

    private static DocumentEntity Local(string key, EntityType type, string name) => new() { Key = key, Type = type, Name = name };

    private static StoredClaim Stored(string id, Predicate predicate, string subjectKey, string subject, string? objectKey, string? obj, Modality modality, Holder holder, int start, int end)
    {
        var entityOf = new Dictionary<string, string?> { ["e2"] = "ent:a", ["e3"] = "ent:b", ["e4"] = "ent:c", ["e5"] = "ent:k", ["e6"] = null };
        var typeOf = new Dictionary<string, EntityType> { ["e2"] = EntityType.Organization, ["e3"] = EntityType.Organization, ["e4"] = EntityType.Organization, ["e5"] = EntityType.Location, ["e6"] = EntityType.Person };
        return new StoredClaim
        {
            Id = StoredClaim.IdOf(DocumentId, id),
            DocumentId = DocumentId,
            Claim = new Claim
            {
                Id = id, Subject = subjectKey, Predicate = predicate, Object = objectKey, Modality = modality, Holder = holder,
                Evidence = new TextSpan(start, end), Confidence = 0.8,
                Time = predicate == Predicate.Died ? new TimeExpression { Text = "2016", Span = new TextSpan(end - 5, end - 1), Start = new DateOnly(2016, 1, 1), End = new DateOnly(2016, 12, 31), Granularity = TimeGranularity.Year } : null,
            },
            Subject = new EntityRef(entityOf[subjectKey], subject, typeOf[subjectKey]),
            Object = objectKey is null ? null : new EntityRef(entityOf[objectKey], obj!, typeOf[objectKey]),
            HolderEntity = holder.Entity is null ? null : new EntityRef("ent:dossier", "Indian dossier", EntityType.Document),
            EvidenceText = Text[start..end],
            DocumentTitle = "Hand-built",
            DocumentPublished = new DateOnly(2024, 5, 1),
            Publisher = "Test Wire",
        };
    }

    private static Assertion Assertion(string id, string subject, Predicate predicate, string obj, string claim, AdmiraltyGrade grade) => new()
    {
        Id = id, Subject = subject, Predicate = predicate, Object = obj, Claims = [claim], Documents = 1, IndependentSources = 1,
        Modalities = ImmutableDictionary<Modality, int>.Empty, HolderKinds = [], PositiveClaims = 1, Grade = grade,
    };
}
