using System.Text.Json.Serialization;

namespace Nexus.Resolution.ReferenceData;

/// <summary>A name a reference list gives a record, with the list's own quality mark.</summary>
/// <param name="Name">The alias, cleaned of trailing notes and original-script glosses.</param>
/// <param name="Quality">"good" or "low" (UN individuals), "aka" or "fka" (UN entities), "synonym" (MISP), "curated".</param>
public sealed record ListAlias(string Name, string Quality)
{
    /// <summary>Low-quality UN aliases ("Haji Mudir", "Abu Muhammad") match too many people to name anyone in text.</summary>
    [JsonIgnore]
    public bool IsLow => string.Equals(Quality, "low", StringComparison.Ordinal);
}
