using Nexus.Resolution.Names;

namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// Compiles the mention gazetteer from the reference lists, deciding for each surface from corpus
/// counts whether it is matched ignoring case, only in its own case, or not at all.
/// <para>The rule (see data/NOTICE.md): a surface is <b>case-sensitive</b> when it looks like an
/// acronym, is three characters or shorter, or occurs in lower case in the corpora at all ("Nice",
/// "Mobile", "Victoria" stays insensitive because "victoria" never occurs lower-case). A one-word
/// surface that occurs in lower case <see cref="CommonWordCount"/> times or more is <b>dropped</b> as
/// noise ("Of", "Police", "Lead") unless it names a country, nationality, first-level division or
/// a city of <see cref="ProminentCity"/> people or more — those stay, case-sensitive ("Nice"), the
/// divisions and cities only while the word has fewer than <see cref="VeryCommonWordCount"/>
/// lower-case uses ("Central", "Eastern", "Capital" go). Towns and divisions named after a
/// continent ("Asia") are dropped. Threat-actor
/// names (cyber groups, out of scope for most texts) are held to a stricter bar: any lower-case use,
/// or an acronym without a digit ("UPS"), drops them; two-letter acronyms ("AI", "IS") are dropped
    /// from all but countries (the curated list adds "UK", "US"). Person names need two words. "The" is never
/// part of a surface ("the Taliban" is found through "Taliban") unless what follows is a common
/// word ("The Base").</para>
/// </summary>
internal static class GazetteerCompiler
{
    public const int CommonWordCount = 3;
    public const long ProminentCity = 250_000;

    /// <summary>Lower-case uses from which even a protected place name is taken for the word ("Central", "Capital", "Eastern").</summary>
    public const int VeryCommonWordCount = 100;

    /// <summary>Continents: a town or district named "Asia" is almost never what a text means by it.</summary>
    private static readonly FrozenSet<string> Continents = FrozenSet.Create(StringComparer.Ordinal,
        ["Africa", "America", "Americas", "Antarctica", "Asia", "Europe", "Oceania"]);

    /// <summary>A standing-alone word the corpora tag as an adjective more often than as a name, this many times or more, reads as an adjective ("Saudi officials").</summary>
    public const int AdjectiveUses = 3;

    /// <summary>A surface one list offers, with what decides its fate.</summary>
    /// <param name="Surface">As the list writes it.</param>
    /// <param name="Type">The entity type it names.</param>
    /// <param name="Kind">The entity kind, when known.</param>
    /// <param name="Canonical">The listed thing's own name.</param>
    /// <param name="Ref">The listed thing's reference.</param>
    /// <param name="Source">The list: "un", "misp", "geonames", "countries".</param>
    /// <param name="Protected">The place is prominent: a country, a first-level division, a city of <see cref="ProminentCity"/> or more, or a nationality.</param>
    /// <param name="ThreatActor">A MISP threat actor (cyber group), held to a stricter bar.</param>
    /// <param name="OwnName">The place's own name, not one of its alternate names (which may be another language's word: "Island" is Iceland).</param>
    /// <param name="Demonym">For a country's names: its demonym, what an adjectival use of the name means ("Saudi" → "Saudi Arabian").</param>
    /// <param name="SeatOf">For a capital city (GeoNames PPLC, or PPLG where the government sits elsewhere): its country's reference.</param>
    private sealed record Candidate(
        string Surface, EntityType Type, EntityKind? Kind, string Canonical, string Ref, string Source, bool Protected, bool ThreatActor,
        bool OwnName = true, string? Demonym = null, string? SeatOf = null);

    /// <summary>What every decision consults: corpus counts, and the names of countries and nationalities.</summary>
    private sealed record Context(CorpusCounts Counts, FrozenSet<string> Demonyms, FrozenSet<string> CountryNames);

    public static IReadOnlyList<GazetteerEntry> Compile(
        string dataDir,
        IReadOnlyList<ReferenceRecord> records,
        IReadOnlyList<Place> places,
        IReadOnlyList<Country> countries,
        out GazetteerStatistics statistics)
    {
        var candidates = Candidates(records, places, countries).ToList();
        var counts = CorpusCounts.Count(dataDir, candidates.SelectMany(c => Forms(c.Surface)));
        var context = new Context(
            counts,
            candidates.Where(c => c.Type == EntityType.Nationality && c.Source == "countries").Select(c => c.Surface).ToFrozenSet(StringComparer.Ordinal),
            countries.SelectMany(c => c.Spellings.Prepend(c.OfficialName).Prepend(c.Name)).ToFrozenSet(StringComparer.Ordinal));
        var entries = new Dictionary<(string, EntityType, string), GazetteerEntry>();
        int dropped = 0, threatNaive = 0, threatKept = 0;
        foreach (var c in candidates)
        {
            var decision = Decide(c, context);
            if (c.ThreatActor)
            {
                threatNaive += counts.Of(c.Surface).Any;
            }
            if (decision is not { } entry)
            {
                dropped++;
                continue;
            }
            if (c.ThreatActor)
            {
                var n = counts.Of(entry.Surface);
                threatKept += entry.CaseSensitive ? n.Exact : n.Any;
            }
            entries.TryAdd((entry.Surface, entry.Type, entry.Ref!), entry);
        }
        var list = entries.Values
            .OrderBy(e => e.Surface, StringComparer.Ordinal)
            .ThenBy(e => e.Type)
            .ThenBy(e => e.Ref, StringComparer.Ordinal)
            .ToList();
        statistics = new GazetteerStatistics(candidates.Count, dropped, list.Count, list.Count(e => e.CaseSensitive), counts.Tokens, threatNaive, threatKept);
        return list;
    }

    private static GazetteerEntry? Decide(Candidate c, Context context)
    {
        var counts = context.Counts;
        var surface = NameCleaner.Squash(c.Surface);
        c = c with { Surface = surface };
        var words = CorpusCounts.Words(surface);
        if (words.Length == 0 || !surface.Any(char.IsLetter) || surface.Length > 80
            || surface.IndexOfAny(['(', ')', '[', ']', ';', '"', '/']) >= 0 || NameCleaner.HasNonLatin(surface))
        {
            return null;
        }
        if (words.Length > 1 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase))
        {
            // The mention matcher drops a leading article and looks for the rest, so the rest is
            // what must pass: "The Valley" (Anguilla) would otherwise be every capitalised "Valley".
            return Decide(c with { Surface = surface[(surface.IndexOf(' ', StringComparison.Ordinal) + 1)..] }, context);
        }
        var significant = NameNormalizer.Normalize(surface).Significant;
        if (significant.Length == 0 || (c.Type == EntityType.Person && significant.Count(t => t.Kind == NameTokenKind.Name) < 2))
        {
            return null;
        }
        // A list's alias that is a country's name or a nationality ("Pakistan" among the synonyms of
        // an agency) names the country in text, not the organisation.
        if (c.Type is EntityType.Organization or EntityType.Person && (context.CountryNames.Contains(surface) || context.Demonyms.Contains(surface)))
        {
            return null;
        }
        var acronym = NameNormalizer.LooksLikeAcronym(surface);
        if ((c.ThreatActor && acronym && !surface.Any(char.IsDigit)) || (acronym && surface.Count(char.IsLetter) < 3 && !c.Protected))
        {
            return null;
        }
        var n = counts.Of(surface);
        if (c.Type == EntityType.Location && words.Length == 1 && !acronym)
        {
            // Standing alone, the corpora read it as an adjective ("Saudi officials", "Somali
            // fighters") more often than as a name.
            var adjective = n.Adjective >= AdjectiveUses && n.Adjective > n.ProperNoun;
            // A demonym is a nationality, not a place ("Togolese" for Togo, "Somali" for Ethiopia's
            // Somali Region), unless it is a place's own name the corpora read as a name ("Djibouti").
            if (context.Demonyms.Contains(surface) && (!c.OwnName || adjective))
            {
                return null;
            }
            // A country's name read as an adjective is its nationality ("Saudi" → Saudi Arabian);
            // another place's alternate name read so is no place at all. A place's own name stays:
            // "Fujian province" uses the name as a modifier.
            if (adjective && (c.Demonym is not null || !c.OwnName))
            {
                return c.Demonym is { } demonym
                    ? Decide(c with { Type = EntityType.Nationality, Kind = null, Canonical = demonym, Source = "countries", Demonym = null }, context)
                    : null;
            }
        }
        var lowerUse = n.Lower;
        if (words.Length == 1 && !acronym && (c.ThreatActor ? lowerUse > 0 : lowerUse >= CommonWordCount) && !Prominent(c, n))
        {
            return null;
        }
        if (c.Type == EntityType.Location && c.Kind != EntityKind.Country && Continents.Contains(surface))
        {
            return null;
        }
        var allCommon = words.All(w => w.All(char.IsDigit) || counts.Of(w).Lower > 0);
        var caseSensitive = acronym || surface.Length <= 3 || lowerUse > 0 || (c.ThreatActor && allCommon);
        return Entry(c, caseSensitive);
    }

    /// <summary>
    /// Whether a one-word name that is also a common word stays, case-sensitive. Nationalities and
    /// countries' own names always do ("Turkey" aside, "Chad"); a big city's own name while the
    /// word has fewer than <see cref="VeryCommonWordCount"/> lower-case uses ("Nice"). A division's
    /// own name and any alternate name stay only when the corpora, where the word stands alone
    /// capitalised, read it as a proper noun at least as often as they use it in lower case:
    /// "Turkey" (an alternate of Türkiye) and "Bay" (Somalia) stay; "Island" (Iceland in another
    /// language), "Centre", "Plateau" and "Southeastern" (Governorate) go.
    /// </summary>
    private static bool Prominent(Candidate c, SurfaceCount n)
    {
        if (!c.Protected)
        {
            return false;
        }
        var nameLike = n.ProperNoun >= n.Lower;
        return c.Type == EntityType.Nationality || !c.OwnName ? c.Type == EntityType.Nationality || nameLike
            : c.Kind == EntityKind.Country || (c.Kind == EntityKind.City ? n.Lower < VeryCommonWordCount : nameLike);
    }

    private static GazetteerEntry Entry(Candidate c, bool caseSensitive) =>
        new(c.Surface, c.Type, c.Kind, c.Canonical, c.Ref, c.Source, caseSensitive, c.SeatOf);

    /// <summary>The surface and its single words: all the counts <see cref="Decide"/> reads ("The X" also reads "X").</summary>
    private static IEnumerable<string> Forms(string surface)
    {
        yield return surface;
        foreach (var w in CorpusCounts.Words(surface))
        {
            yield return w;
        }
        if (surface.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            yield return surface[4..];
        }
    }

    private static IEnumerable<Candidate> Candidates(IReadOnlyList<ReferenceRecord> records, IReadOnlyList<Place> places, IReadOnlyList<Country> countries)
    {
        foreach (var r in records)
        {
            var threat = string.Equals(r.Section, MispReader.ThreatActors, StringComparison.Ordinal);
            var names = r.Aliases.Where(a => !a.IsLow && a.Quality is not ("original" or "gloss")).Select(a => a.Name).Prepend(r.Name);
            foreach (var name in names)
            {
                yield return new Candidate(name, r.Type, r.Kind, r.Name, r.Ref, r.List, false, threat);
            }
        }
        var demonymOf = countries.Where(c => c.Demonyms.Length > 0).ToDictionary(c => c.Ref, c => c.Demonyms[0], StringComparer.Ordinal);
        foreach (var p in places)
        {
            var prominent = p.Kind is EntityKind.Country or EntityKind.Region || (p.Kind == EntityKind.City && p.Population >= ProminentCity);
            var demonym = p.Kind == EntityKind.Country ? demonymOf.GetValueOrDefault(p.Ref) : null;
            var seatOf = p.Kind == EntityKind.City && p.FeatureCode is "PPLC" or "PPLG" ? "country:" + p.CountryCode : null;
            foreach (var name in p.AlternateNames.Prepend(p.Name))
            {
                yield return new Candidate(name, EntityType.Location, p.Kind, p.Name, p.Ref, "geonames", prominent, false, name == p.Name, demonym, seatOf);
            }
        }
        // A demonym several countries share ("Indian": India, British Indian Ocean Territory) names the most populous.
        var population = places.Where(p => p.Kind == EntityKind.Country).ToDictionary(p => p.Ref, p => p.Population, StringComparer.Ordinal);
        var nationalities = countries
            .SelectMany(c => c.Demonyms.SelectMany(d => Plurals(d).Prepend(d)).Distinct(StringComparer.Ordinal).Select(d => (Surface: d, Country: c)))
            .GroupBy(x => x.Surface, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(x => population.GetValueOrDefault(x.Country.Ref)).ThenBy(x => x.Country.Code, StringComparer.Ordinal).First());
        foreach (var (surface, c) in nationalities)
        {
            yield return new Candidate(surface, EntityType.Nationality, null, c.Demonyms[0], c.Ref, "countries", true, false);
        }
    }

    /// <summary>"Pakistanis", "Afghans"; none for demonyms that take no -s ("Swiss", "British", "Chinese").</summary>
    private static IEnumerable<string> Plurals(string demonym)
    {
        if (!demonym.EndsWith('s') && !demonym.EndsWith("sh", StringComparison.Ordinal) && !demonym.EndsWith("ch", StringComparison.Ordinal)
            && !demonym.EndsWith("se", StringComparison.Ordinal) && !demonym.EndsWith('x') && !demonym.EndsWith('z'))
        {
            yield return demonym + "s";
        }
    }
}
