using Nexus.Resolution.Names;
using Nexus.Resolution.ReferenceData;

namespace Nexus.Resolution.Geocoding;

/// <summary>
/// Name → places, best first, and each place's admin chain (Mastung → Balochistan → Pakistan).
/// Ranking: places in a preferred country (the document's context) first; then a match on the
/// place's own name before one on an alternate name; then countries, cities, first-level and
/// second-level divisions in that order ("Quetta" is the city before the district, "Kabul" the
/// capital before the province); then population. Immutable after construction: thread-safe.
/// </summary>
public sealed class Geocoder
{
    private readonly FrozenDictionary<string, ImmutableArray<Place>> byName;
    private readonly FrozenDictionary<string, Place> byRef;
    private readonly FrozenDictionary<string, Place> byAdminCode;
    private readonly FrozenDictionary<string, Place> byCountry;

    public Geocoder(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var list = places.ToList();
        byRef = list.ToFrozenDictionary(p => p.Ref, StringComparer.Ordinal);
        byCountry = list.Where(p => p.Kind == EntityKind.Country).ToFrozenDictionary(p => p.CountryCode, StringComparer.Ordinal);
        byAdminCode = list.Where(p => p.Kind is EntityKind.Region or EntityKind.District)
            .GroupBy(p => p.Kind == EntityKind.Region ? p.Admin1Code! : p.Admin2Code!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        byName = list
            .SelectMany(p => p.AlternateNames.Prepend(p.Name).Select(NameNormalizer.Fold).Distinct(StringComparer.Ordinal).Select(n => (Name: n, Place: p)))
            .Where(x => x.Name.Length > 0)
            .GroupBy(x => x.Name, x => x.Place, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Places this name may mean, best first; empty when none.</summary>
    /// <param name="name">A place name as written ("Mastung", "Quetta District", "Baluchistan").</param>
    /// <param name="preferCountries">ISO alpha-2 codes the context points to; their places rank first.</param>
    public IReadOnlyList<Place> Lookup(string name, IReadOnlyCollection<string>? preferCountries = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = NameNormalizer.Fold(name);
        if (!byName.TryGetValue(folded, out var found) && !(folded.StartsWith("the ", StringComparison.Ordinal) && byName.TryGetValue(folded[4..], out found)))
        {
            return [];
        }
        return [.. found
            .OrderByDescending(p => preferCountries?.Contains(p.CountryCode) == true)
            .ThenByDescending(p => string.Equals(NameNormalizer.Fold(p.Name), folded, StringComparison.Ordinal))
            .ThenBy(p => KindRank(p.Kind))
            .ThenByDescending(p => p.Population)
            .ThenBy(p => p.GeonamesId)];
    }

    /// <summary>The best place for a name, or null.</summary>
    public Place? Resolve(string name, IReadOnlyCollection<string>? preferCountries = null) =>
        Lookup(name, preferCountries).FirstOrDefault();

    /// <summary>The place with this ref ("geonames:1170706", "country:PK"), or null.</summary>
    public Place? Find(string reference) => byRef.TryGetValue(reference, out var p) ? p : null;

    /// <summary>The place and what contains it, innermost first: city → admin-2 → admin-1 → country.</summary>
    public IReadOnlyList<Place> Chain(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var chain = new List<Place> { place };
        if (place.Kind == EntityKind.City && place.Admin2Code is { } a2 && byAdminCode.TryGetValue(a2, out var district))
        {
            chain.Add(district);
        }
        if (place.Kind is EntityKind.City or EntityKind.District && place.Admin1Code is { } a1 && byAdminCode.TryGetValue(a1, out var region))
        {
            chain.Add(region);
        }
        if (place.Kind != EntityKind.Country && byCountry.TryGetValue(place.CountryCode, out var country))
        {
            chain.Add(country);
        }
        return chain;
    }

    private static int KindRank(EntityKind kind) => kind switch
    {
        EntityKind.Country => 0,
        EntityKind.City => 1,
        EntityKind.Region => 2,
        _ => 3,
    };
}
