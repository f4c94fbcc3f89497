using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.Export.Statements;

namespace Nexus.Export.Stix;

/// <summary>
/// Reads a STIX 2.1 bundle into documents, entities, claims and curations (README.md, "Import").
/// A report Nexus exported carries its text, metadata, document-local entities and every claim in
/// <c>x_nexus_*</c> properties, and comes back as the very document it was (same sha256 id), so
/// export → import → export gives the same objects. Other producers' reports become documents
/// whose text is the report's name, description and one line per relationship; their relationships
/// become claims <em>reported</em> by the bundle's author, never asserted facts.
/// </summary>
public static class StixImporter
{
    private static readonly ImmutableHashSet<string> Ignorable = ["marking-definition", "extension-definition", "language-content"];

    /// <summary>Builds the plan; throws <see cref="InvalidDataException"/> with one sentence when the bundle is not one Nexus can read.</summary>
    public static StixImportPlan Read(JsonObject bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (bundle.Text("type") != "bundle" || bundle["objects"] is not JsonArray array)
        {
            throw new InvalidDataException("The file is not a STIX 2.1 bundle: it needs \"type\": \"bundle\" and an \"objects\" array.");
        }
        var objects = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var node in array)
        {
            if (node is not JsonObject obj || obj.Text("id") is not { } id || obj.Text("type") is null)
            {
                throw new InvalidDataException("Every object of a STIX bundle needs a \"type\" and an \"id\"; one has not.");
            }
            objects[id] = obj;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<AnnotatedDocument>();
        foreach (var report in objects.Values.Where(o => o.Text("type") == "report").OrderBy(o => o.Text("id"), StringComparer.Ordinal))
        {
            documents.Add(report.Text(NexusProperties.DocumentId) is not null
                ? NexusReport(report, objects, used)
                : new ForeignDocument(objects, used).FromReport(report));
        }
        var curationObjects = objects.Values.Where(o => o.Text(NexusProperties.CurationId) is not null).ToList();
        var curations = curationObjects.Select(CurationOf).ToList();
        used.UnionWith(curationObjects.Select(o => o.Text("id")!));
        var loose = objects.Values.Where(o => o.Text("type") == "relationship" && !used.Contains(o.Text("id")!)).ToList();
        if (loose.Count > 0)
        {
            documents.Add(new ForeignDocument(objects, used).FromLooseRelationships(bundle.Text("id") ?? "bundle", loose));
        }
        var ignored = objects.Values.Count(o => !used.Contains(o.Text("id")!) && !Ignorable.Contains(o.Text("type")!) && !IsEntity(o));
        return new StixImportPlan([.. documents], [.. curations], ignored);
    }

    public static StixImportPlan Read(Stream json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The file is not valid JSON: {e.Message}", e);
        }
        return node is JsonObject bundle ? Read(bundle) : throw new InvalidDataException("The file is not a STIX 2.1 bundle: its top level is not a JSON object.");
    }

    internal static bool IsEntity(JsonObject obj) =>
        obj.Text("type") is "threat-actor" or "intrusion-set" or "identity" or "location" or "incident" or "campaign";

    private static AnnotatedDocument NexusReport(JsonObject report, Dictionary<string, JsonObject> objects, HashSet<string> used)
    {
        var id = report.Text(NexusProperties.DocumentId)!;
        var text = report.Text("description") ?? "";
        if (!string.Equals(Document.IdOf(text), id, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Report {report.Text("id")} claims to be document {id}, but its description is not that document's text.");
        }
        used.Add(report.Text("id")!);
        var metadata = new DocumentMetadata
        {
            Title = report.Text(NexusProperties.Title),
            Publisher = report.Text(NexusProperties.Publisher),
            Origin = report.Text(NexusProperties.Origin),
            Authors = report.Texts(NexusProperties.Authors),
            Published = report.Text(NexusProperties.Published) is { } published ? DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            PublishedTime = report.Text(NexusProperties.PublishedTime) is { } clock ? TimeOnly.ParseExact(clock, "HH:mm:ss", CultureInfo.InvariantCulture) : null,
            Retrieved = report.Text(NexusProperties.Retrieved) is { } retrieved ? StixTime.Parse(retrieved) : null,
            Source = report.Text(NexusProperties.Source),
            Format = report.Text(NexusProperties.Format),
            Language = report.Text("lang") ?? "en",
            Marking = Tlp.TryParse(report.Text(NexusProperties.Marking), out var marking) ? marking : TlpMarking.Clear,
            Reliability = Enum.TryParse<SourceReliability>(report.Text(NexusProperties.Reliability), out var reliability) ? reliability : SourceReliability.F,
            Credits = report.Texts(NexusProperties.Credits),
        };
        var entities = (report[NexusProperties.Entities] as JsonArray ?? []).OfType<JsonObject>().Select(e => new DocumentEntity
        {
            Key = e.Text("key") ?? throw new InvalidDataException($"An entity of report {report.Text("id")} has no key."),
            Type = EnumNames.Parse<EntityType>(e.Text("type")!),
            Kind = e.Text("kind") is { } kind ? EnumNames.Parse<EntityKind>(kind) : null,
            Name = e.Text("name") ?? "",
            Aliases = e.Texts("aliases"),
            Refs = e.Texts("refs"),
        }).ToImmutableArray();
        var keys = entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var claims = new List<Claim>();
        foreach (var obj in objects.Values.Where(o => o.Text(NexusProperties.ClaimId) is not null && o.Text(NexusProperties.DocumentId) == id))
        {
            var claim = ClaimOf(obj);
            var missing = new[] { claim.Subject, claim.Object, claim.Place, claim.Holder.Entity }.OfType<string>().FirstOrDefault(k => !keys.Contains(k));
            if (missing is not null || claim.Evidence.End > text.Length)
            {
                throw new InvalidDataException($"Claim {obj.Text(NexusProperties.ClaimId)} does not fit its report: "
                    + (missing is not null ? $"entity {missing} is not among the report's entities." : "its evidence lies beyond the text."));
            }
            claims.Add(claim);
            used.Add(obj.Text("id")!);
        }
        foreach (var reference in report.Texts("object_refs").Where(r => objects.TryGetValue(r, out var o) && IsEntity(o)))
        {
            used.Add(reference);
        }
        return new AnnotatedDocument(Document.Create(text, metadata))
        {
            Entities = entities,
            Claims = [.. claims.OrderBy(c => Snapshots.ClaimOrder.Of(c.Id)).ThenBy(c => c.Id, StringComparer.Ordinal)],
        };
    }

    private static Claim ClaimOf(JsonObject obj)
    {
        var globalId = obj.Text(NexusProperties.ClaimId)!;
        return new Claim
        {
            Id = globalId[(globalId.LastIndexOf('#') + 1)..],
            Subject = obj.Text(NexusProperties.SubjectKey) ?? throw new InvalidDataException($"Claim {globalId} has no subject."),
            Predicate = EnumNames.Parse<Predicate>(obj.Text(NexusProperties.Predicate)!),
            Object = obj.Text(NexusProperties.ObjectKey),
            Role = obj.Text(NexusProperties.Role),
            Item = obj.Text(NexusProperties.Item),
            Kinds = obj.Texts(NexusProperties.Kinds),
            Count = obj.Int(NexusProperties.Count),
            Time = obj[NexusProperties.Time] is JsonObject time ? TimeOf(time) : null,
            Place = obj.Text(NexusProperties.PlaceKey),
            Modality = EnumNames.Parse<Modality>(obj.Text(NexusProperties.Modality)!),
            Likelihood = obj.Text(NexusProperties.Likelihood),
            Polarity = EnumNames.Parse<Polarity>(obj.Text(NexusProperties.Polarity) ?? "positive"),
            Holder = HolderOf(obj[NexusProperties.Holder] as JsonObject ?? []),
            Cue = obj.Text(NexusProperties.Cue),
            Evidence = SpanOf(obj[NexusProperties.EvidenceSpan]) ?? throw new InvalidDataException($"Claim {globalId} has no evidence span."),
            Trigger = SpanOf(obj[NexusProperties.TriggerSpan]),
            Confidence = obj.Number(NexusProperties.ExtractionConfidence) ?? 0,
            Pattern = obj.Text(NexusProperties.Pattern),
        };
    }

    private static Holder HolderOf(JsonObject holder) =>
        new(holder.Text("text") ?? Holder.Author(null).Text, EnumNames.Parse<HolderKind>(holder.Text("kind") ?? "author"), holder.Text("key"))
        {
            Via = holder["via"] is JsonObject via ? HolderOf(via) : null,
        };

    private static TimeExpression TimeOf(JsonObject time) => new()
    {
        Text = time.Text("text") ?? "",
        Span = SpanOf(time["span"]) ?? default,
        Start = time.Text("start") is { } start ? DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        End = time.Text("end") is { } end ? DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Granularity = EnumNames.Parse<TimeGranularity>(time.Text("granularity") ?? "day"),
        Qualifier = EnumNames.Parse<TimeQualifier>(time.Text("qualifier") ?? "within"),
    };

    private static TextSpan? SpanOf(JsonNode? node) =>
        node is JsonArray { Count: 2 } span ? new TextSpan(span[0]!.GetValue<int>(), span[1]!.GetValue<int>()) : null;

    private static Curation CurationOf(JsonObject obj) => new()
    {
        Id = obj.Text(NexusProperties.CurationId)!,
        Action = EnumNames.Parse<CurationAction>(obj.Text(NexusProperties.Action)!),
        Targets = obj.Texts(NexusProperties.Targets),
        Value = obj.Text(NexusProperties.Value),
        Reason = obj.Text(NexusProperties.Reason),
        Analyst = obj.Text(NexusProperties.Analyst),
        At = DateTimeOffset.Parse(obj.Text(NexusProperties.At)!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
    };
}
