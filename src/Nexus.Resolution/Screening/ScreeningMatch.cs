using System.Text.Json.Serialization;

namespace Nexus.Resolution.Screening;

/// <summary>One listed record a screened name may be.</summary>
/// <param name="Name">The record's primary name.</param>
/// <param name="MatchedAlias">The record's name or alias that matched best.</param>
/// <param name="Ref">The record's reference ("un:QDe.118").</param>
/// <param name="List">"un", "misp" or "curated".</param>
/// <param name="Score">0..1, three decimals.</param>
public sealed record ScreeningMatch(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("matched_alias")] string MatchedAlias,
    [property: JsonPropertyName("ref")] string Ref,
    [property: JsonPropertyName("list")] string List,
    [property: JsonPropertyName("score")] double Score);
