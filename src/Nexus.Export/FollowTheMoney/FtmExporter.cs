using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.Export.Snapshots;
using Nexus.Export.Statements;
using Nexus.Export.Stix;

namespace Nexus.Export.FollowTheMoney;

/// <summary>
/// FollowTheMoney entities as JSON lines, for Aleph and OpenSanctions tooling (README.md, "FollowTheMoney").
/// Entities become Person, Organization, PublicBody, Company, Address, Event or Document; each
/// source document an Article with a Documentation link to every entity it names; each claim
/// nobody rejected that affirms a tie (negated and denied claims make no link) a Membership, an
/// Event or an UnknownLink whose <c>status</c> is the modality,
/// whose <c>description</c> is the attributed statement and whose <c>summary</c> is the evidence.
/// FtM has no field for a hedge, so the hedge lives in those two texts and is never dropped.
/// </summary>
public static class FtmExporter
{
    private static readonly ImmutableHashSet<Predicate> Memberships = [Predicate.MemberOf, Predicate.Leads, Predicate.Founded];

    private static readonly ImmutableHashSet<Predicate> Events =
        [Predicate.Attacked, Predicate.Killed, Predicate.Arrested, Predicate.Detained, Predicate.MetWith, Predicate.Died];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<JsonObject> Entities(ExportSnapshot snapshot)
    {
        var index = new SnapshotIndex(snapshot);
        var schemas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in snapshot.Entities)
        {
            if (SchemaOf(entity) is not { } schema)
            {
                continue;
            }
            schemas[entity.Id] = schema;
            yield return EntityObject(entity, schema);
        }
        foreach (var document in snapshot.Documents)
        {
            var article = IdOf("doc", document.Id);
            var metadata = document.Metadata;
            yield return Entity(article, "Article", new()
            {
                ["title"] = [metadata.Title ?? "Untitled document " + document.Id],
                ["author"] = [.. metadata.Authors],
                ["publishedAt"] = Values(Engine.Dates.Iso(metadata.Published)),
                ["publisher"] = Values(metadata.Publisher ?? metadata.Origin),
                ["sourceUrl"] = Values(SourceAddress.WebAddressOf(metadata.Source)),
            });
            foreach (var entityId in document.Entities.Select(e => e.EntityId).OfType<string>().Where(schemas.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                yield return Entity(IdOf("mention", document.Id + "|" + entityId), "Documentation", new()
                {
                    ["document"] = [article],
                    ["entity"] = [IdOf("ent", entityId)],
                    ["role"] = ["named in the document"],
                });
            }
        }
        foreach (var claim in index.AcceptedClaims.Where(SnapshotIndex.Affirms))
        {
            if (ClaimObject(claim, index, schemas) is { } link)
            {
                yield return link;
            }
        }
    }

    public static async Task WriteAsync(ExportSnapshot snapshot, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var entity in Entities(snapshot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(entity.ToJsonString(Json) + "\n");
        }
    }

    private static string? SchemaOf(Entity entity) => entity.Type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => entity.Kind switch
        {
            EntityKind.StateAgency or EntityKind.Government => "PublicBody",
            EntityKind.Company => "Company",
            _ => "Organization",
        },
        EntityType.Location => "Address",
        EntityType.Event => "Event",
        EntityType.Document => "Document",
        _ => null,
    };

    private static JsonObject EntityObject(Entity entity, string schema)
    {
        var aliases = entity.Aliases.Select(a => a.Name).Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var properties = schema switch
        {
            "Address" => new Dictionary<string, List<string>>
            {
                ["full"] = [entity.Name],
                ["country"] = Values(entity.Refs.Select(r => r.StartsWith("country:", StringComparison.Ordinal) ? r[8..] : r.StartsWith("within:country:", StringComparison.Ordinal) ? r[15..] : null)
                    .OfType<string>().FirstOrDefault()?.ToLowerInvariant()),
                ["latitude"] = Values(entity.Coordinates?.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ["longitude"] = Values(entity.Coordinates?.Longitude.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            },
            "Document" => new() { ["title"] = [entity.Name] },
            _ => new() { ["name"] = [entity.Name], ["alias"] = aliases },
        };
        return Entity(IdOf("ent", entity.Id), schema, properties);
    }

    private static JsonObject? ClaimObject(StoredClaim stored, SnapshotIndex index, Dictionary<string, string> schemas)
    {
        var claim = stored.Claim;
        var subject = stored.Subject.EntityId is { } s && schemas.ContainsKey(s) ? IdOf("ent", s) : null;
        var obj = stored.Object?.EntityId is { } o && schemas.ContainsKey(o) ? IdOf("ent", o) : null;
        if (subject is null)
        {
            return null;
        }
        var metadata = index.Document(stored.DocumentId)?.Metadata;
        var common = new Dictionary<string, List<string>>
        {
            ["description"] = [ClaimStatement.Of(stored)],
            ["summary"] = [stored.EvidenceText],
            ["status"] = [EnumNames.Snake(claim.Modality)],
            ["recordId"] = [stored.Id],
            ["startDate"] = Values(Engine.Dates.Iso(claim.Time?.Start)),
            ["endDate"] = Values(Engine.Dates.Iso(claim.Time?.End)),
            ["publisher"] = Values(stored.Publisher ?? metadata?.Origin),
            ["sourceUrl"] = Values(SourceAddress.WebAddressOf(metadata?.Source)),
        };
        var id = IdOf("claim", stored.Id);
        if (Events.Contains(claim.Predicate))
        {
            common["name"] = [ClaimStatement.Of(stored)];
            common["involved"] = [.. new[] { stored.Subject.EntityId, stored.Object?.EntityId }.OfType<string>()
                .Where(e => schemas.GetValueOrDefault(e) is "Person" or "Organization" or "PublicBody" or "Company").Select(e => IdOf("ent", e))];
            common["location"] = Values(stored.Place?.Name);
            return Entity(id, "Event", common);
        }
        if (obj is null)
        {
            return null;
        }
        if (Memberships.Contains(claim.Predicate) && schemas[stored.Object!.EntityId!] is "Organization" or "PublicBody" or "Company"
            && schemas[stored.Subject.EntityId!] is "Person" or "Organization" or "PublicBody" or "Company")
        {
            common["member"] = [subject];
            common["organization"] = [obj];
            common["role"] = [claim.Role ?? EnumNames.Snake(claim.Predicate)];
            return Entity(id, "Membership", common);
        }
        common["subject"] = [subject];
        common["object"] = [obj];
        common["role"] = [EnumNames.Snake(claim.Predicate) + (claim.Role is { } role ? " (" + role + ")" : "")];
        return Entity(id, "UnknownLink", common);
    }

    /// <summary>FtM ids: a prefix and the Nexus id's UUIDv5, letters, digits and dashes only.</summary>
    private static string IdOf(string kind, string nexusId) => "nexus-" + kind + "-" + StixIds.UuidV5(StixIds.Namespace, kind + ":" + nexusId).ToString("N");

    private static JsonObject Entity(string id, string schema, Dictionary<string, List<string>> properties) => new()
    {
        ["id"] = id,
        ["schema"] = schema,
        ["properties"] = new JsonObject(properties.Where(p => p.Value.Count > 0)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray([.. p.Value.Select(v => (JsonNode?)JsonValue.Create(v))])))),
    };

    private static List<string> Values(string? value) => value is null ? [] : [value];
}
