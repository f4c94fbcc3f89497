using System.Text.Json;
using System.Text.Json.Serialization;
using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Json;

/// <summary>Writes a grade with its code, parts and meaning; reads it back from its code.</summary>
internal sealed class AdmiraltyGradeJsonConverter : JsonConverter<AdmiraltyGrade>
{
    public override AdmiraltyGrade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var code = document.RootElement.ValueKind == JsonValueKind.String
            ? document.RootElement.GetString()
            : document.RootElement.TryGetProperty("code", out var value) ? value.GetString() : null;
        return code is { Length: 2 } && SourceGrades.TryParse(code[..1], out var reliability) && code[1] is >= '1' and <= '6'
            ? new AdmiraltyGrade(reliability, code[1] - '0')
            : throw new JsonException($"\"{code}\" is not an Admiralty grade such as B2.");
    }

    public override void Write(Utf8JsonWriter writer, AdmiraltyGrade value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.ToString());
        writer.WriteString("reliability", value.Reliability.ToString());
        writer.WriteNumber("credibility", value.Credibility);
        writer.WriteString("meaning", CredibilityRules.Words(value.Credibility));
        writer.WriteEndObject();
    }
}
