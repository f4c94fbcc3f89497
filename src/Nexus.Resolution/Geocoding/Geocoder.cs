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
    // Plain dictionaries, never written after construction: freezing 200,000 keys costs more than it saves here.
    private readonly Dictionary<string, List<Place>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> byRef = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> byAdminCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> byCountry = new(StringComparer.Ordinal);

    public Geocoder(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            byRef.TryAdd(p.Ref, p);
            switch (p.Kind)
            {
                case EntityKind.Country:
                    byCountry.TryAdd(p.CountryCode, p);
                    break;
                case EntityKind.Region when p.Admin1Code is { } a1:
                    byAdminCode.TryAdd(a1, p);
                    break;
                case EntityKind.District when p.Admin2Code is { } a2:
                    byAdminCode.TryAdd(a2, p);
                    break;
                default:
                    break;
            }
            seen.Clear();
            Index(p, p.Name, seen);
            foreach (var alternate in p.AlternateNames)
            {
                Index(p, alternate, seen);
            }
        }
    }

    /// <summary>Places this name may mean, best first; empty when none.</summary>
    /// <param name="name">A place name as written ("Mastung", "Quetta District", "Baluchistan").</param>
    /// <param name="preferCountries">ISO alpha-2 codes the context points to; their places rank first.</param>
    public IReadOnlyList<Place> Lookup(string name, IReadOnlyCollection<string>? preferCountries = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = NameNormalizer.Fold(name);
        if (folded.StartsWith("the ", StringComparison.Ordinal) && !byName.ContainsKey(folded))
        {
            folded = folded[4..];
        }
        IEnumerable<Place>? found = byName.TryGetValue(folded, out var places) ? places : null;
        if (found is null && DivisionWord(folded) is { } stem && byName.TryGetValue(stem, out places))
        {
            // "Kabul province", "Mastung district": the division of that name, not the town.
            found = places.Where(p => p.Kind is EntityKind.Region or EntityKind.District);
        }
        if (found is null)
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

    /// <summary>The name without a trailing division word ("kabul province" → "kabul"), or null.</summary>
    private static string? DivisionWord(string folded)
    {
        foreach (var word in (string[])[" province", " district", " region", " governorate", " division", " tehsil", " agency"])
        {
            if (folded.Length > word.Length + 2 && folded.EndsWith(word, StringComparison.Ordinal))
            {
                return folded[..^word.Length];
            }
        }
        return null;
    }

    private void Index(Place place, string name, HashSet<string> seen)
    {
        var folded = NameNormalizer.Fold(name);
        if (folded.Length == 0 || !seen.Add(folded))
        {
            return;
        }
        if (!byName.TryGetValue(folded, out var list))
        {
            byName[folded] = list = [];
        }
        list.Add(place);
    }

    private static int KindRank(EntityKind kind) => kind switch
    {
        EntityKind.Country => 0,
        EntityKind.City => 1,
        EntityKind.Region => 2,
        _ => 3,
    };
}
