namespace Nexus.Resolution.ReferenceData;

/// <summary>A country with the names and demonyms English text uses for it.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 ("PK").</param>
/// <param name="Code3">ISO 3166-1 alpha-3 ("PAK").</param>
/// <param name="Name">Common English name.</param>
/// <param name="OfficialName">Official English name.</param>
/// <param name="Capital">Capital city, if any.</param>
/// <param name="Demonyms">English demonyms ("Pakistani").</param>
/// <param name="Spellings">Other names in Latin letters ("Islamic Republic of Pakistan", "UK").</param>
public sealed record Country(
    string Code,
    string Code3,
    string Name,
    string OfficialName,
    string? Capital,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Spellings)
{
    /// <summary>The country's reference: "country:PK".</summary>
    public string Ref => "country:" + Code;
}
