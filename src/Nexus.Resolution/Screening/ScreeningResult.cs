using System.Text.Json.Serialization;

namespace Nexus.Resolution.Screening;

/// <summary>
/// The answer to screening one name, best match first. Serialises as
/// <c>{"query": …, "matches": [{"name", "matched_alias", "ref", "list", "score"}]}</c>.
/// </summary>
public sealed record ScreeningResult(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("matches")] ImmutableArray<ScreeningMatch> Matches);
