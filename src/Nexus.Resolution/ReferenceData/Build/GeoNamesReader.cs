namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// Reads GeoNames' admin-1 and admin-2 division files and cities of 15,000 or more into places.
/// Alternate names are kept only in Latin letters with a capital and a lower-case letter: English
/// and romanised forms ("Shalkot"), not airport codes ("UET") or other scripts; romanised Arabic
/// names also without their article ("El-Hodeidah" → "Hodeidah"). Divisions, which
/// the files give no coordinates, take their seat's (PPLA/PPLA2) or else their largest city's.
/// </summary>
internal static class GeoNamesReader
{
    /// <summary>Words that name the kind of division, not the place: "Mastung District" is also "Mastung".</summary>
    private static readonly string[] DivisionSuffixes =
        [" District", " Province", " Governorate", " Division", " Tehsil", " Municipality", " Region", " Prefecture", " Oblast"];

    /// <summary>
    /// The Arabic article as romanised names write it, joined by a hyphen or (for "Al") a space:
    /// English text mostly drops it ("El-Hodeidah", "Al Hudaydah" → "Hodeidah", "Hudaydah"). Spanish
    /// "El " is not among them: nobody writes El Paso as Paso.
    /// </summary>
    private static readonly string[] Articles = ["Al-", "Al ", "El-", "Ad-", "Ar-", "As-", "Ash-", "At-", "Az-", "An-", "Adh-", "Ath-"];

    public const long AlternatesFrom = 100_000;

    private sealed record City(Place Place, string? Admin1, string? Admin2);

    /// <param name="geonamesDir">The GeoNames folder.</param>
    /// <param name="countries">Country names and places.</param>
    /// <param name="personWords">Words of listed people's names, lower case: a place's name without its article is not kept when it is one ("Al Hussein" is no "Hussein").</param>
    public static IReadOnlyList<Place> Read(string geonamesDir, CountrySource countries, IReadOnlySet<string> personWords)
    {
        var lines = File.ReadAllLines(Path.Combine(geonamesDir, "cities15000.txt"));
        var primary = lines.Select(l => l.Split('\t', 3)[1])
            .Concat(Rows(Path.Combine(geonamesDir, "admin1CodesASCII.txt")).Select(f => f[1]))
            .Concat(countries.Countries.Select(c => c.Name))
            .ToHashSet(StringComparer.Ordinal);
        var arabic = File.ReadLines(Path.Combine(geonamesDir, "countryInfo.txt"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Where(f => f.Length > 15 && f[15].Split(',').Any(lang => lang == "ar" || lang.StartsWith("ar-", StringComparison.Ordinal)))
            .Select(f => f[0])
            .ToHashSet(StringComparer.Ordinal);
        var names = new PlaceNames(primary, arabic, personWords);
        var cities = lines.Select(l => ParseCity(l, names)).ToList();
        var inAdmin1 = cities.Where(c => c.Admin1 is not null).ToLookup(c => c.Admin1!, StringComparer.Ordinal);
        var inAdmin2 = cities.Where(c => c.Admin2 is not null).ToLookup(c => c.Admin2!, StringComparer.Ordinal);

        var places = new List<Place>(countries.Places);
        foreach (var f in Rows(Path.Combine(geonamesDir, "admin1CodesASCII.txt")))
        {
            var members = inAdmin1[f[0]].ToList();
            places.Add(Division(f, EntityKind.Region, "ADM1", f[0], null, members, "PPLA", names));
        }
        foreach (var f in Rows(Path.Combine(geonamesDir, "admin2Codes.txt")))
        {
            var members = inAdmin2[f[0]].ToList();
            places.Add(Division(f, EntityKind.District, "ADM2", f[0][..f[0].LastIndexOf('.')], f[0], members, "PPLA2", names));
        }
        places.AddRange(cities.Select(c => c.Place));
        places.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.GeonamesId.CompareTo(b.GeonamesId));
        return places;
    }

    /// <summary>The division's name without its kind word, when it has one ("Quetta District" → "Quetta").</summary>
    public static string? WithoutDivisionWord(string name)
    {
        foreach (var suffix in DivisionSuffixes)
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }
        return null;
    }

    /// <summary>What deciding on an alternate name needs to know.</summary>
    /// <param name="Primary">Every place's own name: an alternate that is another place's own name is not kept.</param>
    /// <param name="Arabic">Countries where Arabic is spoken: only their names drop an article.</param>
    /// <param name="PersonWords">Words of listed people's names, lower case.</param>
    private sealed record PlaceNames(HashSet<string> Primary, HashSet<string> Arabic, IReadOnlySet<string> PersonWords)
    {
        /// <summary>
        /// The name without a leading Arabic article ("El-Hodeidah" → "Hodeidah"), for places in an
        /// Arabic-speaking country, when four letters or more remain that are neither another
        /// place's own name nor a word of listed people's names ("Al Hussein" stays whole).
        /// </summary>
        public IEnumerable<string> WithoutArticle(string name, string countryCode)
        {
            if (!Arabic.Contains(countryCode))
            {
                yield break;
            }
            foreach (var article in Articles)
            {
                if (name.Length >= article.Length + 4 && name.StartsWith(article, StringComparison.Ordinal) && char.IsUpper(name[article.Length]))
                {
                    var rest = name[article.Length..];
                    if (!Primary.Contains(rest) && !PersonWords.Contains(rest.ToLowerInvariant()))
                    {
                        yield return rest;
                    }
                }
            }
        }
    }

    private static Place Division(string[] f, EntityKind kind, string featureCode, string admin1, string? admin2, List<City> members, string seatCode, PlaceNames names)
    {
        var seat = members.Where(m => m.Place.FeatureCode == seatCode).MaxBy(m => m.Place.Population)
            ?? members.MaxBy(m => m.Place.Population);
        var alternates = new[] { f[2], WithoutDivisionWord(f[1]), WithoutDivisionWord(f[2]) }
            .OfType<string>().SelectMany(a => names.WithoutArticle(a, f[0][..2]).Prepend(a))
            .Where(a => a != f[1]).Distinct(StringComparer.Ordinal);
        return new Place
        {
            Ref = "geonames:" + f[3],
            GeonamesId = long.Parse(f[3], CultureInfo.InvariantCulture),
            Kind = kind,
            Name = f[1],
            AlternateNames = [.. alternates],
            CountryCode = f[0][..2],
            Admin1Code = admin1,
            Admin2Code = admin2,
            Population = members.Sum(m => m.Place.Population),
            Coordinates = seat?.Place.Coordinates,
            FeatureCode = featureCode,
        };
    }

    /// <summary>
    /// A city; alternate names are kept for cities of <see cref="AlternatesFrom"/> people or more,
    /// and only those that are not another place's own name ("Victoria" is not Hong Kong).
    /// </summary>
    private static City ParseCity(string line, PlaceNames names)
    {
        var f = line.Split('\t');
        var cc = f[8];
        var admin1 = f[10].Length > 0 ? cc + "." + f[10] : null;
        var admin2 = admin1 is not null && f[11].Length > 0 ? admin1 + "." + f[11] : null;
        var population = long.Parse(f[14], CultureInfo.InvariantCulture);
        var others = population >= AlternatesFrom ? f[3].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        var alternates = others.Where(a => !names.Primary.Contains(a)).Prepend(f[2])
            .SelectMany(a => names.WithoutArticle(a, cc).Prepend(a))
            .Where(a => a != f[1] && IsLatinName(a))
            .Distinct(StringComparer.Ordinal);
        var place = new Place
        {
            Ref = "geonames:" + f[0],
            GeonamesId = long.Parse(f[0], CultureInfo.InvariantCulture),
            Kind = EntityKind.City,
            Name = f[1],
            AlternateNames = [.. alternates],
            CountryCode = cc,
            Admin1Code = admin1,
            Admin2Code = admin2,
            Population = population,
            Coordinates = new GeoPoint(double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture)),
            FeatureCode = f[7],
        };
        return new City(place, admin1, admin2);
    }

    /// <summary>ASCII letters (with spaces, hyphens, apostrophes, periods), starting with a capital and holding a lower-case letter.</summary>
    private static bool IsLatinName(string name) =>
        name.Length > 1 && char.IsAsciiLetterUpper(name[0]) && name.Any(char.IsAsciiLetterLower)
        && name.All(c => char.IsAsciiLetter(c) || c is ' ' or '-' or '\'' or '.');

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t'));
}
