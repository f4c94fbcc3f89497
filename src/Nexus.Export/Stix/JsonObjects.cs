using System.Text.Json.Nodes;

namespace Nexus.Export.Stix;

/// <summary>
/// Adds properties the way STIX wants them: an absent value is left out, never written as null or
/// as an empty list (the schemas reject both).
/// </summary>
internal static class JsonObjects
{
    public static JsonObject Put(this JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
        return target;
    }

    public static JsonObject Put(this JsonObject target, string name, int? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
        return target;
    }

    public static JsonObject Put(this JsonObject target, string name, double? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
        return target;
    }

    public static JsonObject Put(this JsonObject target, string name, bool value)
    {
        if (value)
        {
            target[name] = true;
        }
        return target;
    }

    public static JsonObject Put(this JsonObject target, string name, IEnumerable<string> values)
    {
        var array = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
        if (array.Count > 0)
        {
            target[name] = array;
        }
        return target;
    }

    public static JsonObject Put(this JsonObject target, string name, JsonNode? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
        return target;
    }

    public static string? Text(this JsonObject source, string name) =>
        source[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? Int(this JsonObject source, string name) =>
        source[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static double? Number(this JsonObject source, string name) =>
        source[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    public static bool Flag(this JsonObject source, string name) =>
        source[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public static ImmutableArray<string> Texts(this JsonObject source, string name) =>
        source[name] is JsonArray array ? [.. array.Select(n => n?.GetValue<string>()).OfType<string>()] : [];
}
