using System.Text.Json.Nodes;

namespace Nexus.Export.Tests.Support;

/// <summary>Reads a bundle the way a consumer would: objects by id, and every id an object refers to.</summary>
public static class StixBundles
{
    public static IReadOnlyList<JsonObject> Objects(JsonObject bundle) => [.. bundle["objects"]!.AsArray().Select(o => o!.AsObject())];

    public static IEnumerable<JsonObject> OfType(JsonObject bundle, string type) =>
        Objects(bundle).Where(o => o["type"]!.GetValue<string>() == type);

    /// <summary>Every value of a property named <c>*_ref</c> or <c>*_refs</c>, at any depth, with the property's name.</summary>
    public static IEnumerable<(string Property, string Id)> References(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name.EndsWith("_ref", StringComparison.Ordinal) && value is JsonValue single)
                    {
                        yield return (name, single.GetValue<string>());
                    }
                    else if (name.EndsWith("_refs", StringComparison.Ordinal) && value is JsonArray many)
                    {
                        foreach (var item in many)
                        {
                            yield return (name, item!.GetValue<string>());
                        }
                    }
                    else
                    {
                        foreach (var inner in References(value))
                        {
                            yield return inner;
                        }
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in References(item))
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }
}
