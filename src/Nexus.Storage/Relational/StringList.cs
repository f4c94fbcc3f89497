using System.Text.Json;

namespace Nexus.Storage.Relational;

/// <summary>Short lists only ever read back whole (authors, credits, refs, kinds) are kept as one JSON array.</summary>
internal static class StringList
{
    public static string Encode(ImmutableArray<string> values) =>
        values.IsDefaultOrEmpty ? "[]" : JsonSerializer.Serialize(values);

    public static ImmutableArray<string> Decode(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize<ImmutableArray<string>>(json);
}
