using System.Text;
using System.Text.Json.Nodes;
using Nexus.Export.Statements;

namespace Nexus.Export.Stix;

/// <summary>
/// Builds a document from another producer's objects. The text is written here — the report's name
/// and description, then one line per relationship — so that every claim has an evidence span in
/// it. The bundle's author (the report's <c>created_by_ref</c> identity) holds every claim, as
/// <see cref="Modality.Reported"/>: an import never turns someone's relationship into Nexus's fact.
/// </summary>
internal sealed class ForeignDocument(Dictionary<string, JsonObject> objects, HashSet<string> used)
{
    private readonly StringBuilder text = new();
    private readonly Dictionary<string, DocumentEntity> entities = new(StringComparer.Ordinal);
    private readonly List<Claim> claims = [];

    public AnnotatedDocument FromReport(JsonObject report)
    {
        used.Add(report.Text("id")!);
        text.Append(report.Text("name")).Append("\n\n");
        if (report.Text("description") is { Length: > 0 } description)
        {
            text.Append(description).Append("\n\n");
        }
        var holder = HolderOf(report);
        foreach (var reference in report.Texts("object_refs"))
        {
            if (objects.TryGetValue(reference, out var obj) && StixImporter.IsEntity(obj))
            {
                EntityKey(obj);
            }
        }
        foreach (var reference in report.Texts("object_refs"))
        {
            if (objects.TryGetValue(reference, out var obj) && obj.Text("type") == "relationship")
            {
                AddRelationship(obj, holder);
            }
        }
        var published = report.Text("published") is { } p ? DateOnly.FromDateTime(StixTime.Parse(p).UtcDateTime) : (DateOnly?)null;
        return Build(new DocumentMetadata
        {
            Title = report.Text("name"),
            Publisher = holder.Text,
            Published = published,
            Format = "stix",
            Language = report.Text("lang") ?? "en",
            Marking = MarkingOf(report),
        });
    }

    public AnnotatedDocument FromLooseRelationships(string bundleId, IReadOnlyList<JsonObject> relationships)
    {
        text.Append("Relationships of STIX bundle ").Append(bundleId).Append(" that no report holds\n\n");
        foreach (var relationship in relationships.OrderBy(r => r.Text("id"), StringComparer.Ordinal))
        {
            AddRelationship(relationship, HolderOf(relationship));
        }
        return Build(new DocumentMetadata
        {
            Title = "STIX bundle " + bundleId,
            Format = "stix",
            Marking = relationships.Select(MarkingOf).DefaultIfEmpty(TlpMarking.Clear).Max(),
        });
    }

    private AnnotatedDocument Build(DocumentMetadata metadata) =>
        new(Document.Create(text.ToString(), metadata))
        {
            Entities = [.. entities.Values.OrderBy(e => Snapshots.ClaimOrder.Of(e.Key))],
            Claims = [.. claims],
        };

    private void AddRelationship(JsonObject relationship, Holder holder)
    {
        used.Add(relationship.Text("id")!);
        if (!objects.TryGetValue(relationship.Text("source_ref") ?? "", out var source) || !StixImporter.IsEntity(source)
            || !objects.TryGetValue(relationship.Text("target_ref") ?? "", out var target) || !StixImporter.IsEntity(target))
        {
            return;
        }
        var type = relationship.Text("relationship_type") ?? "related-to";
        var predicate = StixVocabulary.PredicateOf(type);
        var line = $"{source.Text("name")} {type} {target.Text("name")}." + (relationship.Text("description") is { Length: > 0 } d ? " " + d : "");
        var start = text.Length;
        text.Append(line).Append('\n');
        claims.Add(new Claim
        {
            Id = "c" + (claims.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Subject = EntityKey(source),
            Predicate = predicate ?? Predicate.AssociatedWith,
            Object = EntityKey(target),
            Role = predicate is null ? type : null,
            Time = TimeOf(relationship, start),
            Modality = Modality.Reported,
            Holder = holder,
            Evidence = new TextSpan(start, start + line.Length),
            Confidence = relationship.Int("confidence") is { } confidence ? confidence / 100.0 : 0.5,
        });
    }

    private static TimeExpression? TimeOf(JsonObject relationship, int at)
    {
        var start = relationship.Text("start_time") is { } s ? DateOnly.FromDateTime(StixTime.Parse(s).UtcDateTime) : (DateOnly?)null;
        var end = relationship.Text("stop_time") is { } e ? DateOnly.FromDateTime(StixTime.Parse(e).UtcDateTime) : (DateOnly?)null;
        return start is null && end is null ? null : new TimeExpression
        {
            Text = $"{Engine.Dates.Iso(start) ?? ".."}/{Engine.Dates.Iso(end) ?? ".."}",
            Span = new TextSpan(at, at),
            Start = start,
            End = end,
            Granularity = TimeGranularity.Day,
            Qualifier = start is null ? TimeQualifier.Before : end is null ? TimeQualifier.After : TimeQualifier.Within,
        };
    }

    private string EntityKey(JsonObject obj)
    {
        var id = obj.Text("id")!;
        used.Add(id);
        if (!entities.TryGetValue(id, out var entity))
        {
            var (type, kind) = TypeOf(obj);
            entity = new DocumentEntity
            {
                Key = "e" + (entities.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = type,
                Kind = kind,
                Name = obj.Text("name") ?? id,
                Aliases = [.. obj.Texts("aliases").Concat(obj.Texts(NexusProperties.Aliases)).Distinct(StringComparer.Ordinal)],
                Refs = obj.Texts(NexusProperties.Refs),
            };
            entities.Add(id, entity);
        }
        return entity.Key;
    }

    /// <summary>The Nexus type of an SDO: its own <c>x_nexus_type</c> when a Nexus export made it, else by STIX type.</summary>
    private static (EntityType Type, EntityKind? Kind) TypeOf(JsonObject obj)
    {
        if (EnumNames.TryParse<EntityType>(obj.Text(NexusProperties.Type), out var type))
        {
            return (type, EnumNames.TryParse<EntityKind>(obj.Text(NexusProperties.Kind), out var kind) ? kind : null);
        }
        return obj.Text("type") switch
        {
            "threat-actor" when obj.Text("resource_level") == "individual" => (EntityType.Person, null),
            "threat-actor" => (EntityType.Organization, EntityKind.ArmedGroup),
            "intrusion-set" => (EntityType.Organization, EntityKind.Other),
            "identity" when obj.Text("identity_class") == "individual" => (EntityType.Person, null),
            "identity" => (EntityType.Organization, EntityKind.Other),
            "location" when obj.Text("city") is not null => (EntityType.Location, EntityKind.City),
            "location" when obj.Text("administrative_area") is not null => (EntityType.Location, EntityKind.Region),
            "location" when obj.Text("country") is not null => (EntityType.Location, EntityKind.Country),
            "location" => (EntityType.Location, EntityKind.Other),
            _ => (EntityType.Event, null),
        };
    }

    private Holder HolderOf(JsonObject obj) =>
        obj.Text("created_by_ref") is { } creator && objects.TryGetValue(creator, out var identity) && identity.Text("name") is { } name
            ? new Holder(name, identity.Text("identity_class") == "individual" ? HolderKind.NamedPerson : HolderKind.Organization)
            : new Holder("the STIX bundle's author", HolderKind.Document);

    private static TlpMarking MarkingOf(JsonObject obj) =>
        obj.Texts("object_marking_refs").Select(TlpMarkings.FromId).OfType<TlpMarking>().DefaultIfEmpty(TlpMarking.Clear).Max();
}
