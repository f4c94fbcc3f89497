using Nexus.Resolution.Names;
using Nexus.Resolution.ReferenceData;
using Nexus.Resolution.ReferenceData.Build;
using Nexus.Resolution.Screening;

namespace Nexus.Resolution.Entities;

/// <summary>
/// Attaches external ids to document entities: places geocoded (with their admin chain), demonyms
/// and ethnic names mapped to their country or group, organisations and people screened against the
/// lists, and ambiguous acronyms decided by the document's context (see <see cref="ResolveAcronym"/>).
/// </summary>
internal sealed class ReferenceLinker
{
    /// <summary>Automatic links need more than a screening hit: a merge an analyst did not ask for must be near-certain.</summary>
    public const double OrganizationThreshold = 0.92;

    public const double PersonThreshold = 0.95;

    /// <summary>A runner-up from another record this close makes a screening hit ambiguous.</summary>
    private const double AmbiguityMargin = 0.02;

    private readonly ReferenceLibrary library;
    private readonly FrozenDictionary<string, ImmutableArray<ReferenceRecord>> byAcronym;
    private readonly FrozenDictionary<string, ImmutableArray<string>> nationalityRefs;

    public ReferenceLinker(ReferenceLibrary library)
    {
        this.library = library;
        byAcronym = library.Records
            .SelectMany(r => r.AllNames.Where(NameNormalizer.LooksLikeAcronym).Select(a => (Key: NameNormalizer.Fold(a), Record: r)))
            .GroupBy(x => x.Key, x => x.Record, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToImmutableArray(), StringComparer.Ordinal);
        var nationalities = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // A demonym several countries share ("Indian": India, British Indian Ocean Territory) names the most populous.
        var population = library.Places.Where(p => p.Kind == EntityKind.Country).ToDictionary(p => p.Ref, p => p.Population, StringComparer.Ordinal);
        foreach (var group in library.Countries
                     .SelectMany(c => c.Demonyms.SelectMany(d => new[] { d, d + "s" }).Select(d => (Key: NameNormalizer.Fold(d), Country: c)))
                     .GroupBy(x => x.Key, StringComparer.Ordinal))
        {
            var country = group.Select(x => x.Country).OrderByDescending(c => population.GetValueOrDefault(c.Ref)).ThenBy(c => c.Code, StringComparer.Ordinal).First();
            Add(nationalities, group.Key, country.Ref);
        }
        foreach (var r in library.Records.Where(r => r.Type == EntityType.Nationality))
        {
            foreach (var n in r.AllNames)
            {
                Add(nationalities, n, r.Ref);
            }
        }
        nationalityRefs = nationalities.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

        static void Add(Dictionary<string, HashSet<string>> map, string name, string reference)
        {
            var key = NameNormalizer.Fold(name);
            if (!map.TryGetValue(key, out var set))
            {
                map[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            set.Add(reference);
        }
    }

    /// <summary>True when the lists give the acronym two or more meanings ("ISI").</summary>
    public bool IsAmbiguousAcronym(string acronym) =>
        byAcronym.TryGetValue(NameNormalizer.Fold(acronym), out var records) && Meanings(records).Count > 1;

    /// <summary>Countries a document's places, nationalities and country refs point to: the context that breaks ties.</summary>
    public IReadOnlySet<string> Countries(IEnumerable<Member> document)
    {
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in document)
        {
            foreach (var r in m.Entity.Refs)
            {
                AddCountryOfRef(countries, r);
            }
            if (m.Entity.Type == EntityType.Location && library.Geocoder.Resolve(m.Entity.Name) is { } place)
            {
                countries.Add(place.CountryCode);
            }
            if (m.Entity.Type == EntityType.Nationality && nationalityRefs.TryGetValue(NameNormalizer.Fold(m.Entity.Name), out var refs))
            {
                foreach (var r in refs)
                {
                    AddCountryOfRef(countries, r);
                }
            }
        }
        return countries;
    }

    /// <summary>The links for one member: its own refs first, then what the lists say.</summary>
    public (ImmutableArray<ReferenceLink> Links, GeoPoint? Coordinates) Link(Member member, IReadOnlySet<string> context)
    {
        var links = member.Entity.Refs.Select(r => new ReferenceLink(r, "reference given by the document", 1)).ToList();
        GeoPoint? coordinates = null;
        switch (member.Entity.Type)
        {
            case EntityType.Location:
                // The geocoder, which weighs the document's countries and each place's rank, has the
                // last word on which place a name means: a gazetteer ref the mention stage picked
                // among several places of that name gives way.
                var given = links.ToList();
                links.RemoveAll(l => l.Ref.StartsWith("geonames:", StringComparison.Ordinal) || l.Ref.StartsWith("country:", StringComparison.Ordinal));
                coordinates = Geocode(member, context, links);
                if (coordinates is null && !links.Any(l => l.Ref.StartsWith("geonames:", StringComparison.Ordinal) || l.Ref.StartsWith("country:", StringComparison.Ordinal)))
                {
                    links = given;
                }
                break;
            case EntityType.Nationality:
                foreach (var n in member.Names)
                {
                    if (nationalityRefs.TryGetValue(NameNormalizer.Fold(n.Original), out var refs))
                    {
                        links.AddRange(refs.Select(r => new ReferenceLink(r, $"'{n.Original}' names {r}", 1)));
                        break;
                    }
                }
                break;
            case EntityType.Organization or EntityType.Person:
                // A person's short reference ("Ag Moussa" for "Hamadou Ag Moussa") is not screened on
                // its own: it may well be a listed namesake's name.
                var person = member.Entity.Type == EntityType.Person;
                foreach (var n in member.Names.Where(n => !person || !member.Names.Any(n.IsPartOf)))
                {
                    if (n.IsAcronym)
                    {
                        links.AddRange(ResolveAcronym(member, n, context));
                    }
                    else
                    {
                        links.AddRange(Screen(member, n));
                    }
                }
                break;
            default:
                break;
        }
        return ([.. links.GroupBy(l => l.Ref, StringComparer.Ordinal).Select(g => g.MaxBy(l => l.Score)!)], coordinates);
    }

    private GeoPoint? Geocode(Member member, IReadOnlySet<string> context, List<ReferenceLink> links)
    {
        foreach (var n in member.Names)
        {
            if (library.Geocoder.Resolve(n.Original, (IReadOnlyCollection<string>)context) is not { } place)
            {
                continue;
            }
            var chain = library.Geocoder.Chain(place);
            var path = string.Join(" → ", chain.Select(p => p.Name));
            links.Add(new ReferenceLink(place.Ref, $"geocoded '{n.Original}' → {place.Ref} ({path})", 1));
            links.AddRange(chain.Skip(1).Select(p => new ReferenceLink(EntityResolver.WithinPrefix + p.Ref, $"{place.Name} lies in {p.Name}", 1)));
            return place.Coordinates;
        }
        return null;
    }

    /// <summary>
    /// Screens a full name. The best record of each list is taken when it scores at least the
    /// type's threshold, no other record of that list comes within <see cref="AmbiguityMargin"/>, and
    /// its kind does not contradict the member's; a curated record brings the refs it is the same as.
    /// </summary>
    private IEnumerable<ReferenceLink> Screen(Member member, NormalizedName name)
    {
        var person = member.Entity.Type == EntityType.Person;
        if (person && name.Core.Count() < 2)
        {
            yield break;
        }
        var threshold = person ? PersonThreshold : OrganizationThreshold;
        var matches = library.Screener.Matches(name, new ScreeningOptions { MinScore = threshold - AmbiguityMargin, MaxResults = 20, Type = member.Entity.Type });
        foreach (var list in matches.GroupBy(m => m.List, StringComparer.Ordinal))
        {
            var ranked = list.Where(m => KindAgrees(member, library.FindRecord(m.Ref))).ToList();
            if (ranked.Count == 0 || ranked[0].Score < threshold || (ranked.Count > 1 && ranked[0].Score - ranked[1].Score < AmbiguityMargin && !SameThing(ranked[0].Ref, ranked[1].Ref)))
            {
                continue;
            }
            var best = ranked[0];
            var reason = $"screened '{name.Original}' → '{best.MatchedAlias}' of {best.Ref} ({best.Score:0.000})";
            yield return new ReferenceLink(best.Ref, reason, best.Score);
            foreach (var same in library.FindRecord(best.Ref)?.SameAs ?? [])
            {
                yield return new ReferenceLink(same, reason + $", the same as {same}", best.Score);
            }
        }
    }

    /// <summary>
    /// An acronym that several listed things share ("ISI": Pakistan's Inter-Services Intelligence,
    /// the Islamic State of Iraq) is decided by context. Each meaning (records joined by their
    /// same-as links) scores: +2 when its kind is the member's kind (a contradicting kind rules it
    /// out), +1 for each of its countries among the document's, −2 when the document was published
    /// outside the years the name was in use, −1 for a cyber threat actor (rarely meant outside
    /// cyber reporting). The best meaning wins only if it beats the runner-up;
    /// otherwise no reference is attached and the acronym stays unresolved.
    /// </summary>
    internal IEnumerable<ReferenceLink> ResolveAcronym(Member member, NormalizedName name, IReadOnlySet<string> context)
    {
        if (!byAcronym.TryGetValue(NameNormalizer.Fold(name.Original), out var records))
        {
            return [];
        }
        var meanings = Meanings(records.Where(r => r.Type == member.Entity.Type && KindAgrees(member, r)));
        if (meanings.Count == 0)
        {
            return [];
        }
        var scored = meanings
            .Select(m => (Records: m, Score: m.Max(r => ContextScore(member, r, context))))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Records[0].Ref, StringComparer.Ordinal)
            .ToList();
        if (scored.Count > 1 && scored[0].Score <= scored[1].Score)
        {
            return [];
        }
        var chosen = scored[0];
        var why = scored.Count == 1
            ? $"'{name.Original}' has one listed meaning"
            : $"'{name.Original}' read as {chosen.Records[0].Name} by context (score {chosen.Score} against {scored[1].Score} for {scored[1].Records[0].Name})";
        return chosen.Records.SelectMany(r => r.SameAs.Prepend(r.Ref)).Distinct(StringComparer.Ordinal)
            .Select(r => new ReferenceLink(r, why, scored.Count == 1 ? 1 : 0.9));
    }

    private static int ContextScore(Member member, ReferenceRecord record, IReadOnlySet<string> context)
    {
        var score = member.Entity.Kind is { } kind && record.Kind == kind ? 2 : 0;
        score += record.Countries.Count(context.Contains);
        if (member.Published is { } published && (published.Year < record.ActiveFrom || published.Year > record.ActiveTo + 1))
        {
            score -= 2;
        }
        return string.Equals(record.Section, MispReader.ThreatActors, StringComparison.Ordinal) ? score - 1 : score;
    }

    /// <summary>Groups records that say they are the same thing (curated same-as links) into meanings.</summary>
    private static List<List<ReferenceRecord>> Meanings(IEnumerable<ReferenceRecord> records)
    {
        var meanings = new List<List<ReferenceRecord>>();
        foreach (var r in records.OrderBy(r => r.Ref, StringComparer.Ordinal))
        {
            var home = meanings.FirstOrDefault(m => m.Any(o => o.SameAs.Contains(r.Ref) || r.SameAs.Contains(o.Ref)));
            if (home is null)
            {
                meanings.Add([r]);
            }
            else
            {
                home.Add(r);
            }
        }
        return meanings;
    }

    private bool SameThing(string a, string b) =>
        library.FindRecord(a)?.SameAs.Contains(b) == true || library.FindRecord(b)?.SameAs.Contains(a) == true;

    private static bool KindAgrees(Member member, ReferenceRecord? record) =>
        member.Entity.Kind is not { } kind || record?.Kind is not { } other || kind == other
        || other == EntityKind.Other || kind == EntityKind.Other;

    private void AddCountryOfRef(SortedSet<string> countries, string reference)
    {
        var r = reference.StartsWith(EntityResolver.WithinPrefix, StringComparison.Ordinal) ? reference[EntityResolver.WithinPrefix.Length..] : reference;
        if (r.StartsWith("country:", StringComparison.Ordinal))
        {
            countries.Add(r["country:".Length..]);
        }
        else if (library.FindRecord(r) is { } record)
        {
            countries.UnionWith(record.Countries);
        }
    }
}
