using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nexus.Analysis.Json;

/// <summary>
/// How assessments are written as JSON: Admiralty letters upper-case ("B", as analysts write them)
/// and a grade as <c>{"code": "B2", "reliability": "B", "credibility": 2, "meaning": "probably true"}</c>.
/// Add these to any options (they take precedence over a general enum converter).
/// </summary>
public static class AnalysisJson
{
    /// <summary>The converters, to put first in an options' converter list.</summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } = [new AdmiraltyGradeJsonConverter(), new SourceReliabilityJsonConverter()];

    /// <summary>A read-only copy of <paramref name="options"/> with <see cref="Converters"/> first.</summary>
    public static JsonSerializerOptions With(JsonSerializerOptions options)
    {
        var copy = new JsonSerializerOptions(options);
        for (var i = 0; i < Converters.Count; i++)
        {
            copy.Converters.Insert(i, Converters[i]);
        }
        copy.MakeReadOnly(populateMissingResolver: true);
        return copy;
    }
}
