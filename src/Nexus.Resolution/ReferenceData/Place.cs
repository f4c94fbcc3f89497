namespace Nexus.Resolution.ReferenceData;

/// <summary>
/// A GeoNames feature: a country, first-level division (kind Region), second-level division (kind
/// District) or a city of at least 15,000 people.
/// </summary>
public sealed record Place
{
    /// <summary>"geonames:1167528"; countries use "country:PK".</summary>
    public required string Ref { get; init; }

    public required long GeonamesId { get; init; }

    public required EntityKind Kind { get; init; }

    public required string Name { get; init; }

    /// <summary>Other names in Latin letters (ASCII spelling, English and romanised forms).</summary>
    public ImmutableArray<string> AlternateNames { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; init; }

    /// <summary>GeoNames admin-1 code "PK.02", when the place lies in (or is) one.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>GeoNames admin-2 code "PK.02.6641952", when the place lies in (or is) one.</summary>
    public string? Admin2Code { get; init; }

    /// <summary>Inhabitants; for divisions the sum of their cities of 15,000 or more (a lower bound).</summary>
    public long Population { get; init; }

    /// <summary>
    /// Where it is. Divisions take the coordinates of their seat (or largest city): GeoNames'
    /// division files carry none.
    /// </summary>
    public GeoPoint? Coordinates { get; init; }

    /// <summary>GeoNames feature code: PCLI, ADM1, ADM2, PPLC, PPLA, PPL…</summary>
    public required string FeatureCode { get; init; }
}
