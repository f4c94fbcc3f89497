using System.Text.Json;
using Nexus.Resolution.Names;

namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// Countries from mledoze/countries (names, spellings, demonyms, rough centre) joined with GeoNames'
/// countryInfo (its name, geonameid, population). Also answers "which country is this name?"
/// for the other readers (UN nationalities, MISP sponsors).
/// </summary>
internal sealed class CountrySource
{
    private readonly Dictionary<string, string> codeByName = new(StringComparer.Ordinal);

    private CountrySource(IReadOnlyList<Country> countries, IReadOnlyDictionary<string, GeoPoint> centres, IReadOnlyList<Place> places)
    {
        Countries = countries;
        Centres = centres;
        Places = places;
        foreach (var c in countries)
        {
            foreach (var name in c.Spellings.Prepend(c.OfficialName).Prepend(c.Name).Append(c.Code3))
            {
                codeByName.TryAdd(NameNormalizer.Fold(name), c.Code);
            }
        }
    }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyDictionary<string, GeoPoint> Centres { get; }

    /// <summary>Countries as GeoNames places (kind Country, ref "country:XX").</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>ISO alpha-2 code for a country name in any of its spellings, or null.</summary>
    public string? CodeOf(string name)
    {
        var folded = NameNormalizer.Fold(name);
        return codeByName.TryGetValue(folded, out var code) ? code
            : folded.StartsWith("the ", StringComparison.Ordinal) && codeByName.TryGetValue(folded[4..], out code) ? code
            : null;
    }

    public static CountrySource Read(string dataDir)
    {
        var countryInfo = File.ReadLines(Path.Combine(dataDir, "geonames", "countryInfo.txt"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], StringComparer.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataDir, "countries", "countries.json")));
        var countries = new List<Country>();
        var centres = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var code = c.GetProperty("cca2").GetString()!;
            var name = c.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            var official = name.GetProperty("official").GetString()!;
            var capital = c.TryGetProperty("capital", out var caps) && caps.GetArrayLength() > 0 ? caps[0].GetString() : null;
            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var g in new[] { "m", "f" })
                {
                    demonyms.AddRange(eng.GetProperty(g).GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }
            }
            var spellings = c.GetProperty("altSpellings").EnumerateArray().Select(s => s.GetString()!).ToList();
            if (countryInfo.TryGetValue(code, out var info))
            {
                spellings.Add(info[4]);
            }
            var latLng = c.GetProperty("latlng");
            if (latLng.GetArrayLength() == 2)
            {
                centres[code] = new GeoPoint(latLng[0].GetDouble(), latLng[1].GetDouble());
            }
            countries.Add(new Country(
                code,
                c.GetProperty("cca3").GetString()!,
                common,
                official,
                capital,
                [.. demonyms.Distinct(StringComparer.Ordinal)],
                [.. CleanSpellings(spellings, code, common, official)]));
        }
        countries.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));

        var places = new List<Place>();
        foreach (var c in countries)
        {
            if (!countryInfo.TryGetValue(c.Code, out var info) || !long.TryParse(info[16], CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }
            places.Add(new Place
            {
                Ref = c.Ref,
                GeonamesId = id,
                Kind = EntityKind.Country,
                Name = c.Name,
                AlternateNames = [.. c.Spellings.Prepend(c.OfficialName).Distinct(StringComparer.Ordinal).Where(s => s != c.Name)],
                CountryCode = c.Code,
                Population = long.Parse(info[7], CultureInfo.InvariantCulture),
                Coordinates = centres.TryGetValue(c.Code, out var p) ? p : null,
                FeatureCode = "PCLI",
            });
        }
        return new CountrySource(countries, centres, places);
    }

    /// <summary>
    /// Latin-script spellings a text may use: ISO codes (the country's own alpha-2) and inverted
    /// catalogue forms ("Congo, the Democratic Republic of the") left out; diacritics also folded.
    /// </summary>
    private static IEnumerable<string> CleanSpellings(IEnumerable<string> spellings, string code, string common, string official)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { common, official };
        foreach (var s in spellings)
        {
            if (s.Length < 2 || s == code || s.Contains(',', StringComparison.Ordinal) || NameCleaner.HasNonLatin(s))
            {
                continue;
            }
            foreach (var form in new[] { s, NameCleaner.AsciiLetters(s) })
            {
                if (seen.Add(form))
                {
                    yield return form;
                }
            }
        }
    }
}
