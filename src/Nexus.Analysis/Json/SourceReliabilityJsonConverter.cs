using System.Text.Json;
using System.Text.Json.Serialization;
using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Json;

/// <summary>Writes an Admiralty reliability as its upper-case letter and reads it in either case.</summary>
internal sealed class SourceReliabilityJsonConverter : JsonConverter<SourceReliability>
{
    public override SourceReliability Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SourceGrades.TryParse(reader.GetString(), out var grade) ? grade : throw new JsonException($"\"{reader.GetString()}\" is not an Admiralty reliability letter (A to G).");

    public override void Write(Utf8JsonWriter writer, SourceReliability value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
