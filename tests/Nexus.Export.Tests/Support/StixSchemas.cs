using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Nexus.Export.Tests.Support;

/// <summary>
/// The OASIS STIX 2.1 JSON schemas from ../shared/data/stix2-schemas, each registered under its
/// <c>$id</c> in a registry of its own, so that relative <c>$ref</c>s resolve offline.
/// </summary>
public sealed class StixSchemas
{
    private readonly Dictionary<string, JsonSchema> byName = new(StringComparer.Ordinal);
    private readonly EvaluationOptions evaluation = new() { OutputFormat = OutputFormat.List };

    public StixSchemas()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var pending = Directory.GetFiles(RepoPaths.SharedData("stix2-schemas", "schemas"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        // A schema builds once the schemas it refers to are registered: repeat until none is left.
        while (pending.Count > 0)
        {
            var built = new List<string>();
            foreach (var path in pending)
            {
                try
                {
                    var schema = JsonSchema.FromText(File.ReadAllText(path), options);
                    options.SchemaRegistry.Register(schema);
                    byName[Path.GetRelativePath(RepoPaths.SharedData("stix2-schemas", "schemas"), path).Replace('\\', '/')] = schema;
                    built.Add(path);
                }
                catch (RefResolutionException)
                {
                }
            }
            if (built.Count == 0)
            {
                throw new InvalidOperationException("STIX schemas refer to schemas that are not there: " + string.Join(", ", pending));
            }
            pending.RemoveAll(built.Contains);
        }
    }

    /// <summary>Schema errors of one object against the schema of its type; empty when it is valid.</summary>
    public IReadOnlyList<string> ErrorsOf(JsonObject stixObject)
    {
        var type = stixObject["type"]!.GetValue<string>();
        var name = new[] { "sdos/", "sros/", "common/", "observables/" }.Select(f => f + type + ".json").First(byName.ContainsKey);
        return Errors(byName[name], stixObject);
    }

    /// <summary>
    /// Schema errors of the bundle itself, its objects left out: bundle.json's list of object schemas
    /// omits location, note, opinion and incident (as it once omitted infrastructure, OASIS
    /// cti-stix2-json-schemas issue 133), so those match both of its fallback branches and fail its
    /// <c>oneOf</c> however valid they are. Each object is checked against its own schema instead.
    /// </summary>
    public IReadOnlyList<string> ErrorsOfEnvelope(JsonObject bundle) =>
        Errors(byName["common/bundle.json"], new JsonObject { ["type"] = bundle["type"]!.DeepClone(), ["id"] = bundle["id"]!.DeepClone() });

    private List<string> Errors(JsonSchema schema, JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var result = schema.Evaluate(document.RootElement, evaluation);
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))];
    }
}
