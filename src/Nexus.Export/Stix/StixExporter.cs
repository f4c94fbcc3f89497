using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.Export.Snapshots;
using Nexus.Export.Statements;

namespace Nexus.Export.Stix;

/// <summary>
/// Writes a snapshot as one STIX 2.1 bundle: a report per document, an SDO per entity, a
/// relationship per two-place claim that affirms a tie (a note for one-place, negated and denied
/// claims, so that no relationship ever stands for a tie its source denies), opinions and notes for the
/// analyst's curations, and the TLP 2.0 marking definitions in use. Ids are UUIDv5 and timestamps
/// come from the documents, so the same snapshot always gives the same bundle. README.md holds the
/// mapping table.
/// </summary>
public static class StixExporter
{
    /// <summary>Types that are values, not actors: they become objects only when a claim names them.</summary>
    private static readonly ImmutableHashSet<EntityType> Literals = [EntityType.Money, EntityType.Quantity, EntityType.Temporal, EntityType.Weapon, EntityType.Vehicle, EntityType.MilitaryPlatform];

    private static readonly ImmutableHashSet<Predicate> ActorTies = [Predicate.MemberOf, Predicate.Leads, Predicate.Founded];

    public static JsonObject Export(ExportSnapshot snapshot)
    {
        var index = new SnapshotIndex(snapshot);
        var stamps = snapshot.Documents.ToDictionary(d => d.Id, d => new ExportDocumentStamp(StixTime.Of(d.Metadata), d.Metadata.Marking), StringComparer.Ordinal);
        var nodes = Nodes(snapshot, index, stamps);
        var ids = nodes.Values.ToDictionary(n => n.Key, n => StixIds.Of(SdoType(n.Entity, n.Global, snapshot, index), n.Key), StringComparer.Ordinal);
        var objects = new List<JsonObject>();
        var claimObjects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in snapshot.Claims)
        {
            var obj = ClaimObject(claim, index, ids, stamps);
            claimObjects[claim.Id] = obj["id"]!.GetValue<string>();
            objects.Add(obj);
        }
        objects.AddRange(nodes.Values.Select(n => EntityObject(n, ids[n.Key], snapshot, index)));
        foreach (var document in snapshot.Documents)
        {
            objects.Add(Report(document, ids, claimObjects, snapshot.Claims.Where(c => c.DocumentId == document.Id)));
        }
        objects.AddRange(snapshot.Curations.Select(c => CurationObject(c, index, ids, claimObjects)));
        var markings = objects.SelectMany(o => o["object_marking_refs"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [])
            .Distinct(StringComparer.Ordinal)
            .Select(id => TlpMarkings.FromId(id)!.Value)
            .Order();
        objects.AddRange(markings.Select(TlpMarkings.Definition));
        var sorted = objects.OrderBy(o => o["id"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        return new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = StixIds.Of("bundle", string.Join("\n", sorted.Select(o => o["id"]!.GetValue<string>()))),
            ["objects"] = new JsonArray([.. sorted]),
        };
    }

    /// <summary>Writes the bundle as indented UTF-8 JSON.</summary>
    public static async Task WriteAsync(ExportSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Export(snapshot).WriteTo(writer);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>The STIX id of the object for document-local entity <paramref name="key"/> of a document.</summary>
    private static string? NodeId(Dictionary<string, string> ids, ExportDocument? document, string? key)
    {
        if (document is null || key is null || document.Entities.FirstOrDefault(e => e.Entity.Key == key) is not { } linked)
        {
            return null;
        }
        var nodeKey = linked.EntityId is { } id ? StixEntity.GlobalKey(id) : StixEntity.LocalKey(document.Id, key);
        return ids.GetValueOrDefault(nodeKey);
    }

    private static Dictionary<string, StixEntity> Nodes(ExportSnapshot snapshot, SnapshotIndex index, Dictionary<string, ExportDocumentStamp> stamps)
    {
        var referenced = snapshot.Claims
            .SelectMany(c => new[] { c.Claim.Subject, c.Claim.Object, c.Claim.Place, c.Claim.Holder.Entity }.OfType<string>().Select(k => (c.DocumentId, Key: k)))
            .ToHashSet();
        var nodes = new Dictionary<string, StixEntity>(StringComparer.Ordinal);
        foreach (var document in snapshot.Documents)
        {
            foreach (var linked in document.Entities)
            {
                var entity = index.Entity(linked.EntityId);
                var wanted = !Literals.Contains(linked.Entity.Type) || referenced.Contains((document.Id, linked.Entity.Key));
                if (!wanted)
                {
                    continue;
                }
                var key = entity is not null ? StixEntity.GlobalKey(entity.Id) : StixEntity.LocalKey(document.Id, linked.Entity.Key);
                if (!nodes.TryGetValue(key, out var node))
                {
                    node = new StixEntity(key, entity ?? FromLocal(linked.Entity, key), entity is not null);
                    nodes.Add(key, node);
                }
                node.Documents.Add(stamps[document.Id]);
            }
        }
        foreach (var entity in snapshot.Entities.Where(e => !Literals.Contains(e.Type)))
        {
            nodes.TryAdd(StixEntity.GlobalKey(entity.Id), new StixEntity(StixEntity.GlobalKey(entity.Id), entity, true));
        }
        return nodes;
    }

    private static Entity FromLocal(DocumentEntity local, string key) => new()
    {
        Id = key,
        Type = local.Type,
        Kind = local.Kind,
        Name = local.Name,
        Aliases = [.. local.Aliases.Select(a => new Alias(a, key))],
        Refs = local.Refs,
    };

    /// <summary>
    /// The SDO type of an entity (README.md, "Entities"). A person is a threat actor only when a claim
    /// nobody rejected, stated plainly or graded probably true or better and uncontested, ties them to
    /// an armed group; otherwise an identity. No hedged claim makes anyone a threat actor.
    /// </summary>
    private static string SdoType(Entity entity, bool global, ExportSnapshot snapshot, SnapshotIndex index) => entity.Type switch
    {
        EntityType.Organization when entity.Refs.Any(r => snapshot.RefSections.GetValueOrDefault(r) == "threat-actor") => "intrusion-set",
        EntityType.Organization when entity.Kind == EntityKind.ArmedGroup => "threat-actor",
        EntityType.Person when global && ArmedGroupTies(entity.Id, index).Any() => "threat-actor",
        EntityType.Location => "location",
        EntityType.Event => "incident",
        _ => "identity",
    };

    /// <summary>The armed groups a person is firmly tied to, with the predicate tying them.</summary>
    private static IEnumerable<(Entity Group, Predicate Predicate)> ArmedGroupTies(string personId, SnapshotIndex index) =>
        index.AcceptedClaims
            .Where(c => c.Subject.EntityId == personId && ActorTies.Contains(c.Claim.Predicate) && SnapshotIndex.Affirms(c))
            .Where(c => index.Entity(c.Object?.EntityId) is { Kind: EntityKind.ArmedGroup })
            .Where(c => c.Claim.Modality == Modality.Asserted || index.AssertionOf(c) is { Contested: false, Grade.Credibility: <= 2 })
            .Select(c => (index.Entity(c.Object!.EntityId)!, c.Claim.Predicate));

    private static bool Designated(Entity entity, ExportSnapshot snapshot) =>
        entity.Refs.Any(r => r.StartsWith("un:", StringComparison.Ordinal) || snapshot.RefSections.GetValueOrDefault(r) == "terrorist-groups");

    private static JsonObject EntityObject(StixEntity node, string id, ExportSnapshot snapshot, SnapshotIndex index)
    {
        var entity = node.Entity;
        var type = id[..id.IndexOf("--", StringComparison.Ordinal)];
        var created = StixTime.Format(node.Documents.Count == 0 ? StixTime.Undated : node.Documents.Min(d => d.Time));
        var aliases = entity.Aliases.Select(a => a.Name).Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var obj = Core(type, id, created)
            .Put("name", entity.Name);
        switch (type)
        {
            case "threat-actor" when entity.Type == EntityType.Person:
                var ties = ArmedGroupTies(entity.Id, index).ToList();
                obj.Put("threat_actor_types", [ties.Any(t => Designated(t.Group, snapshot)) ? "terrorist" : "unknown"])
                    .Put("aliases", aliases)
                    .Put("roles", ties.Select(t => t.Predicate == Predicate.MemberOf ? "agent" : "director").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                    .Put("resource_level", "individual");
                break;
            case "threat-actor":
                obj.Put("threat_actor_types", [Designated(entity, snapshot) ? "terrorist" : "unknown"])
                    .Put("aliases", aliases)
                    .Put("resource_level", "organization");
                break;
            case "intrusion-set":
                obj.Put("aliases", aliases);
                break;
            case "location":
                Locate(obj, entity);
                obj.Put(NexusProperties.Aliases, aliases);
                break;
            case "incident":
                obj.Put(NexusProperties.Aliases, aliases);
                break;
            default:
                obj.Put("identity_class", entity.Type switch
                    {
                        EntityType.Person => "individual",
                        EntityType.Organization => "organization",
                        EntityType.Nationality => "class",
                        _ => "unknown",
                    })
                    .Put("sectors", entity.Kind is EntityKind.StateAgency or EntityKind.Government ? ["government-national"] : Array.Empty<string>())
                    .Put(NexusProperties.Aliases, aliases);
                break;
        }
        obj.Put("external_references", ExternalReferences(entity, snapshot))
            .Put("object_marking_refs", node.Documents.Count == 0 ? [] : [TlpMarkings.IdOf(node.Documents.Max(d => d.Marking))]);
        obj.Put(NexusProperties.EntityId, node.Global ? entity.Id : null)
            .Put(NexusProperties.Type, EnumNames.Snake(entity.Type))
            .Put(NexusProperties.Kind, entity.Kind is { } kind ? EnumNames.Snake(kind) : null)
            .Put(NexusProperties.Refs, entity.Refs);
        if (entity.Coordinates is { } point && type != "location")
        {
            obj.Put("x_nexus_latitude", point.Latitude).Put("x_nexus_longitude", point.Longitude);
        }
        return obj;
    }

    /// <summary>
    /// STIX needs a region, a country or coordinates. The country comes from the entity's own or
    /// containing country ref; when Nexus has neither a country nor coordinates the name stands as region.
    /// </summary>
    private static void Locate(JsonObject obj, Entity entity)
    {
        var country = entity.Refs.Select(r => r.StartsWith("country:", StringComparison.Ordinal) ? r[8..] : r.StartsWith("within:country:", StringComparison.Ordinal) ? r[15..] : null)
            .OfType<string>().FirstOrDefault();
        obj.Put("country", country);
        if (entity.Coordinates is { } point)
        {
            obj.Put("latitude", point.Latitude).Put("longitude", point.Longitude);
        }
        switch (entity.Kind)
        {
            case EntityKind.City:
                obj.Put("city", entity.Name);
                break;
            case EntityKind.Region or EntityKind.District:
                obj.Put("administrative_area", entity.Name);
                break;
        }
        if (country is null && entity.Coordinates is null)
        {
            obj.Put("region", entity.Name);
        }
    }

    private static JsonArray? ExternalReferences(Entity entity, ExportSnapshot snapshot)
    {
        var refs = entity.Refs.Where(r => !r.StartsWith("within:", StringComparison.Ordinal) && r.Contains(':', StringComparison.Ordinal)).ToList();
        if (refs.Count == 0)
        {
            return null;
        }
        return new JsonArray([.. refs.Select(r =>
        {
            var colon = r.IndexOf(':', StringComparison.Ordinal);
            var (scheme, id) = (r[..colon], r[(colon + 1)..]);
            var reference = new JsonObject { ["source_name"] = scheme, ["external_id"] = id };
            reference.Put("description", snapshot.RefSections.GetValueOrDefault(r));
            if (scheme == "geonames")
            {
                reference["url"] = "https://www.geonames.org/" + id;
            }
            return (JsonNode)reference;
        })]);
    }

    private static JsonObject Report(ExportDocument document, Dictionary<string, string> ids, Dictionary<string, string> claimObjects, IEnumerable<StoredClaim> claims)
    {
        var metadata = document.Metadata;
        var time = StixTime.Format(StixTime.Of(metadata));
        var entityRefs = document.Entities.Select(e => NodeId(ids, document, e.Entity.Key)).OfType<string>();
        var refs = entityRefs.Concat(claims.Select(c => claimObjects[c.Id])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var marking = TlpMarkings.IdOf(metadata.Marking);
        var obj = Core("report", StixIds.Of("report", "document:" + document.Id), time)
            .Put("name", metadata.Title ?? "Untitled document " + document.Id)
            .Put("description", document.Text)
            .Put("report_types", ["threat-report"])
            .Put("published", time)
            .Put("object_refs", refs.Count > 0 ? refs : [marking])
            .Put("lang", metadata.Language)
            .Put("object_marking_refs", [marking])
            .Put("external_references", new JsonArray(SourceReference(document)));
        obj.Put(NexusProperties.DocumentId, document.Id)
            .Put(NexusProperties.Title, metadata.Title)
            .Put(NexusProperties.Publisher, metadata.Publisher)
            .Put(NexusProperties.Origin, metadata.Origin)
            .Put(NexusProperties.Authors, metadata.Authors)
            .Put(NexusProperties.Published, Engine.Dates.Iso(metadata.Published))
            .Put(NexusProperties.PublishedTime, metadata.PublishedTime?.ToString("HH:mm:ss", CultureInfo.InvariantCulture))
            .Put(NexusProperties.Retrieved, metadata.Retrieved is { } retrieved ? StixTime.Format(retrieved) : null)
            .Put(NexusProperties.Source, metadata.Source)
            .Put(NexusProperties.Format, metadata.Format)
            .Put(NexusProperties.Marking, Tlp.Format(metadata.Marking))
            .Put(NexusProperties.Reliability, metadata.Reliability.ToString())
            .Put(NexusProperties.Credits, metadata.Credits)
            .Put(NexusProperties.Entities, document.Entities.IsEmpty ? null : new JsonArray([.. document.Entities.Select(e => (JsonNode)LocalEntity(e.Entity, NodeId(ids, document, e.Entity.Key)))]));
        return obj;
    }

    private static JsonObject SourceReference(ExportDocument document)
    {
        var reference = new JsonObject
        {
            ["source_name"] = document.Metadata.Publisher ?? document.Metadata.Origin ?? "nexus",
            ["external_id"] = document.Id,
        };
        if (SourceAddress.WebAddressOf(document.Metadata.Source) is { } address)
        {
            reference["url"] = address;
        }
        return reference;
    }

    private static JsonObject LocalEntity(DocumentEntity entity, string? stixId) =>
        new JsonObject { ["key"] = entity.Key, ["type"] = EnumNames.Snake(entity.Type), ["name"] = entity.Name }
            .Put("kind", entity.Kind is { } kind ? EnumNames.Snake(kind) : null)
            .Put("aliases", entity.Aliases)
            .Put("refs", entity.Refs)
            .Put("stix_ref", stixId);

    private static JsonObject ClaimObject(StoredClaim stored, SnapshotIndex index, Dictionary<string, string> ids, Dictionary<string, ExportDocumentStamp> stamps)
    {
        var claim = stored.Claim;
        var document = index.Document(stored.DocumentId);
        var stamp = stamps.GetValueOrDefault(stored.DocumentId) ?? new ExportDocumentStamp(StixTime.Undated, TlpMarking.Clear);
        var time = StixTime.Format(stamp.Time);
        var subject = NodeId(ids, document, claim.Subject);
        var target = NodeId(ids, document, claim.Object);
        var assertion = index.AssertionOf(stored);
        JsonObject obj;
        if (subject is not null && target is not null && SnapshotIndex.Affirms(stored))
        {
            obj = Core("relationship", StixIds.Of("relationship", "claim:" + stored.Id), time)
                .Put("relationship_type", StixVocabulary.RelationshipType(claim.Predicate))
                .Put("description", ClaimStatement.Of(stored))
                .Put("source_ref", subject)
                .Put("target_ref", target)
                .Put("start_time", claim.Time?.Start is { } start ? StixTime.StartOf(start) : null)
                .Put("stop_time", claim.Time?.End is { } end ? StixTime.EndOf(end) : null);
        }
        else
        {
            obj = Core("note", StixIds.Of("note", "claim:" + stored.Id), time)
                .Put("abstract", ClaimStatement.Clause(stored))
                .Put("content", ClaimStatement.Of(stored))
                .Put("object_refs", new[] { subject, target }.OfType<string>().DefaultIfEmpty(StixIds.Of("report", "document:" + stored.DocumentId)));
        }
        obj.Put("confidence", assertion is null ? null : AdmiraltyConfidence.ToConfidence(assertion.Grade.Credibility))
            .Put("labels", Labels(stored))
            .Put("object_marking_refs", [TlpMarkings.IdOf(stamp.Marking)]);
        obj.Put(NexusProperties.ClaimId, stored.Id)
            .Put(NexusProperties.DocumentId, stored.DocumentId)
            .Put(NexusProperties.Predicate, EnumNames.Snake(claim.Predicate))
            .Put(NexusProperties.SubjectKey, claim.Subject)
            .Put(NexusProperties.ObjectKey, claim.Object)
            .Put(NexusProperties.Role, claim.Role)
            .Put(NexusProperties.Item, claim.Item)
            .Put(NexusProperties.Kinds, claim.Kinds)
            .Put(NexusProperties.Count, claim.Count)
            .Put(NexusProperties.Time, claim.Time is { } t ? Time(t) : null)
            .Put(NexusProperties.PlaceKey, claim.Place)
            .Put(NexusProperties.PlaceRef, NodeId(ids, document, claim.Place))
            .Put(NexusProperties.Modality, EnumNames.Snake(claim.Modality))
            .Put(NexusProperties.Likelihood, claim.Likelihood)
            .Put(NexusProperties.Polarity, EnumNames.Snake(claim.Polarity))
            .Put(NexusProperties.Holder, HolderJson(claim.Holder))
            .Put(NexusProperties.HolderRef, NodeId(ids, document, claim.Holder.Entity))
            .Put(NexusProperties.Cue, claim.Cue)
            .Put(NexusProperties.Evidence, stored.EvidenceText)
            .Put(NexusProperties.EvidenceSpan, Span(claim.Evidence))
            .Put(NexusProperties.TriggerSpan, claim.Trigger is { } trigger ? Span(trigger) : null)
            .Put(NexusProperties.ExtractionConfidence, claim.Confidence)
            .Put(NexusProperties.Pattern, claim.Pattern)
            .Put(NexusProperties.Grade, assertion?.Grade.ToString())
            .Put(NexusProperties.AssertionId, assertion?.Id)
            .Put(NexusProperties.IndependentSources, assertion?.IndependentSources)
            .Put(NexusProperties.Contested, assertion?.Contested ?? false)
            .Put(NexusProperties.Rejected, stored.Rejected);
        return obj;
    }

    /// <summary>A holder with whoever passes its statement on ("via"), outwards to the author.</summary>
    private static JsonObject HolderJson(Holder holder) =>
        new JsonObject { ["text"] = holder.Text, ["kind"] = EnumNames.Snake(holder.Kind) }
            .Put("key", holder.Entity)
            .Put("via", holder.Via is { } via ? HolderJson(via) : null);

    private static IEnumerable<string> Labels(StoredClaim stored)
    {
        yield return "modality:" + EnumNames.Snake(stored.Claim.Modality);
        yield return "polarity:" + EnumNames.Snake(stored.Claim.Polarity);
        yield return "holder:" + EnumNames.Snake(stored.Claim.Holder.Kind);
        if (stored.Rejected)
        {
            yield return "rejected-by-analyst";
        }
    }

    private static JsonArray Span(TextSpan span) => [span.Start, span.End];

    private static JsonObject Time(TimeExpression time) =>
        new JsonObject { ["text"] = time.Text, ["span"] = Span(time.Span) }
            .Put("start", Engine.Dates.Iso(time.Start))
            .Put("end", Engine.Dates.Iso(time.End))
            .Put("granularity", EnumNames.Snake(time.Granularity))
            .Put("qualifier", EnumNames.Snake(time.Qualifier));

    private static JsonObject CurationObject(Curation curation, SnapshotIndex index, Dictionary<string, string> ids, Dictionary<string, string> claimObjects)
    {
        var time = StixTime.Format(curation.At);
        var targets = curation.Targets.SelectMany(t => Targets(t, index, ids, claimObjects)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var analyst = curation.Analyst ?? "an analyst";
        JsonObject obj;
        if (curation.Action is CurationAction.ConfirmClaim or CurationAction.RejectClaim && targets.Count > 0)
        {
            obj = Core("opinion", StixIds.Of("opinion", "curation:" + curation.Id), time)
                .Put("explanation", curation.Reason)
                .Put("authors", curation.Analyst is { } a ? [a] : [])
                .Put("opinion", curation.Action == CurationAction.ConfirmClaim ? "strongly-agree" : "strongly-disagree")
                .Put("object_refs", targets);
        }
        else
        {
            obj = Core("note", StixIds.Of("note", "curation:" + curation.Id), time)
                .Put("abstract", $"Analyst decision: {EnumNames.Snake(curation.Action)}")
                .Put("content", $"{analyst} decided {EnumNames.Snake(curation.Action)} on {string.Join(", ", curation.Targets)}"
                    + (curation.Value is { } v ? $" (value: {v})" : "") + (curation.Reason is { } r ? $": {r}" : "."))
                .Put("authors", curation.Analyst is { } a ? [a] : [])
                .Put("object_refs", targets.Count > 0 ? targets : [.. ids.Values.Order(StringComparer.Ordinal).Take(1)]);
        }
        obj.Put(NexusProperties.CurationId, curation.Id)
            .Put(NexusProperties.Action, EnumNames.Snake(curation.Action))
            .Put(NexusProperties.Targets, curation.Targets)
            .Put(NexusProperties.Value, curation.Value)
            .Put(NexusProperties.Reason, curation.Reason)
            .Put(NexusProperties.Analyst, curation.Analyst)
            .Put(NexusProperties.At, curation.At.ToString("O", CultureInfo.InvariantCulture));
        return obj;
    }

    /// <summary>The objects a curation target names: a claim's relationship, an entity's SDO, a document's report.</summary>
    private static IEnumerable<string> Targets(string target, SnapshotIndex index, Dictionary<string, string> ids, Dictionary<string, string> claimObjects)
    {
        if (claimObjects.TryGetValue(target, out var claim))
        {
            yield return claim;
        }
        else if (ids.TryGetValue(StixEntity.GlobalKey(target), out var entity))
        {
            yield return entity;
        }
        else if (index.Document(target) is { } document)
        {
            yield return StixIds.Of("report", "document:" + document.Id);
        }
        else if (target.Split('#') is [var documentId, var key] && NodeId(ids, index.Document(documentId), key) is { } member)
        {
            yield return member;
        }
    }

    private static JsonObject Core(string type, string id, string time) => new()
    {
        ["type"] = type,
        ["spec_version"] = "2.1",
        ["id"] = id,
        ["created"] = time,
        ["modified"] = time,
    };
}
