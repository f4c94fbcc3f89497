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

    private sealed record Candidate(string Surface, EntityType Type, EntityKind? Kind, string Canonical, string Ref, string Source, bool Protected, bool ThreatActor);

    public static IReadOnlyList<GazetteerEntry> Compile(
        string dataDir,
        IReadOnlyList<ReferenceRecord> records,
        IReadOnlyList<Place> places,
        IReadOnlyList<Country> countries,
        out GazetteerStatistics statistics)
    {
        var candidates = Candidates(records, places, countries).ToList();
        var counts = CorpusCounts.Count(dataDir, candidates.SelectMany(c => Forms(c.Surface)));
        var entries = new Dictionary<(string, EntityType, string), GazetteerEntry>();
        int dropped = 0, threatNaive = 0, threatKept = 0;
        foreach (var c in candidates)
        {
            var decision = Decide(c, counts);
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

    private static GazetteerEntry? Decide(Candidate c, CorpusCounts counts)
    {
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
            var rest = surface[(surface.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            var restCommon = CorpusCounts.Words(rest) is [var only] && counts.Of(only).Lower > 0;
            if (!restCommon)
            {
                return Decide(c with { Surface = rest }, counts);
            }
            return words[0] == "The" ? Entry(c, caseSensitive: true) : null;
        }
        var significant = NameNormalizer.Normalize(surface).Significant;
        if (significant.Length == 0 || (c.Type == EntityType.Person && significant.Count(t => t.Kind == NameTokenKind.Name) < 2))
        {
            return null;
        }
        var acronym = NameNormalizer.LooksLikeAcronym(surface);
        if ((c.ThreatActor && acronym && !surface.Any(char.IsDigit)) || (acronym && surface.Count(char.IsLetter) < 3 && !c.Protected))
        {
            return null;
        }
        var lowerUse = counts.Of(surface).Lower;
        var protectedPlace = c.Protected && (c.Kind == EntityKind.Country || c.Type == EntityType.Nationality || lowerUse < VeryCommonWordCount);
        if (words.Length == 1 && !acronym && (c.ThreatActor ? lowerUse > 0 : lowerUse >= CommonWordCount) && !protectedPlace)
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

    private static GazetteerEntry Entry(Candidate c, bool caseSensitive) =>
        new(c.Surface, c.Type, c.Kind, c.Canonical, c.Ref, c.Source, caseSensitive);

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
        foreach (var p in places)
        {
            var prominent = p.Kind is EntityKind.Country or EntityKind.Region || (p.Kind == EntityKind.City && p.Population >= ProminentCity);
            foreach (var name in p.AlternateNames.Prepend(p.Name))
            {
                yield return new Candidate(name, EntityType.Location, p.Kind, p.Name, p.Ref, "geonames", prominent, false);
            }
        }
        foreach (var c in countries)
        {
            foreach (var demonym in c.Demonyms)
            {
                yield return new Candidate(demonym, EntityType.Nationality, null, c.Demonyms[0], c.Ref, "countries", true, false);
                if (!demonym.EndsWith('s') && !demonym.EndsWith("sh", StringComparison.Ordinal) && !demonym.EndsWith("ch", StringComparison.Ordinal)
                    && !demonym.EndsWith("se", StringComparison.Ordinal) && !demonym.EndsWith('x') && !demonym.EndsWith('z'))
                {
                    yield return new Candidate(demonym + "s", EntityType.Nationality, null, c.Demonyms[0], c.Ref, "countries", true, false);
                }
            }
        }
    }
}
