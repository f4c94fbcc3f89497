using Nexus.Resolution.Geocoding;
using Nexus.Resolution.Names;
using Nexus.Resolution.Screening;

namespace Nexus.Resolution.ReferenceData;

/// <summary>
/// The reference lists at run time: UN, MISP and curated records, GeoNames places, countries and the
/// mention gazetteer, read from the artefacts embedded in this assembly (or a folder of them). Each
/// part loads on first use, once, thread-safely (<see cref="Lazy{T}"/>), into immutable structures;
/// one instance can be shared by the whole process.
/// </summary>
public sealed class ReferenceLibrary
{
    private const string ResourcePrefix = "Nexus.Resolution.Data.";

    private readonly Func<string, Stream> open;
    private readonly Lazy<ImmutableArray<ReferenceRecord>> records;
    private readonly Lazy<FrozenDictionary<string, ReferenceRecord>> byRef;
    private readonly Lazy<ImmutableArray<Country>> countries;
    private readonly Lazy<ImmutableArray<Place>> places;
    private readonly Lazy<ImmutableArray<GazetteerEntry>> gazetteer;
    private readonly Lazy<Geocoder> geocoder;
    private readonly Lazy<Screener> screener;

    private ReferenceLibrary(Func<string, Stream> open)
    {
        this.open = open;
        records = new(LoadRecords);
        byRef = new(() => Records.ToFrozenDictionary(r => r.Ref, StringComparer.Ordinal));
        countries = new(() => [.. ArtefactFiles.ReadLines(open(ArtefactFiles.Countries)).Select(ArtefactRows.ParseCountry)]);
        places = new(LoadPlaces);
        gazetteer = new(LoadGazetteer);
        geocoder = new(() => new Geocoder(Places));
        screener = new(() => new Screener(Records));
    }

    /// <summary>The artefacts built into this assembly.</summary>
    public static ReferenceLibrary LoadEmbedded()
    {
        var assembly = typeof(ReferenceLibrary).Assembly;
        return new ReferenceLibrary(name => assembly.GetManifestResourceStream(ResourcePrefix + name.Replace('/', '.'))
            ?? throw new InvalidDataException($"The reference artefact {name} is not embedded in {assembly.GetName().Name}."));
    }

    /// <summary>Artefacts from a folder laid out like the repository's data/ (built files at the top, curated/ below).</summary>
    public static ReferenceLibrary FromDirectory(string dataDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDir);
        return new ReferenceLibrary(name => File.OpenRead(Path.Combine(dataDir, name)));
    }

    /// <summary>UN, MISP and curated records, in that order, each list sorted by ref.</summary>
    public IReadOnlyList<ReferenceRecord> Records => records.Value;

    public IReadOnlyList<Country> Countries => countries.Value;

    /// <summary>Countries, admin-1, admin-2 and cities of 15,000 or more.</summary>
    public IReadOnlyList<Place> Places => places.Value;

    /// <summary>Every surface form the mention stage should look for, sorted by surface.</summary>
    public IReadOnlyList<GazetteerEntry> Gazetteer => gazetteer.Value;

    public Geocoder Geocoder => geocoder.Value;

    public Screener Screener => screener.Value;

    /// <summary>The record with this ref ("un:QDe.118", "misp:…", "curated:isi"), or null.</summary>
    public ReferenceRecord? FindRecord(string reference) =>
        byRef.Value.TryGetValue(reference, out var r) ? r : null;

    private ImmutableArray<ReferenceRecord> LoadRecords()
    {
        var builder = ImmutableArray.CreateBuilder<ReferenceRecord>();
        builder.AddRange(ArtefactFiles.ReadLines(open(ArtefactFiles.UnSanctions)).Select(ArtefactFiles.FromJson));
        builder.AddRange(ArtefactFiles.ReadLines(open(ArtefactFiles.MispGalaxy)).Select(ArtefactFiles.FromJson));
        builder.AddRange(CuratedOrganizations());
        builder.AddRange(CuratedNationalities());
        return builder.ToImmutable();
    }

    private IEnumerable<ReferenceRecord> CuratedOrganizations()
    {
        foreach (var f in Curated(ArtefactFiles.CuratedOrganizations))
        {
            var active = f[7].Split('-');
            yield return new ReferenceRecord
            {
                Ref = f[0],
                List = "curated",
                Type = ArtefactRows.ParseType(f[1]),
                Kind = ArtefactRows.ParseKind(f[2]),
                Name = f[3],
                Aliases = [.. ArtefactFiles.SplitList(f[4]).Select(a => new ListAlias(a, "curated"))],
                Countries = ArtefactFiles.SplitList(f[5]),
                SameAs = ArtefactFiles.SplitList(f[6]),
                ActiveFrom = active[0].Length > 0 ? int.Parse(active[0], CultureInfo.InvariantCulture) : null,
                ActiveTo = active.Length > 1 && active[1].Length > 0 ? int.Parse(active[1], CultureInfo.InvariantCulture) : null,
            };
        }
    }

    private IEnumerable<ReferenceRecord> CuratedNationalities() =>
        Curated(ArtefactFiles.CuratedNationalities).Select(f => new ReferenceRecord
        {
            Ref = f[0],
            List = "curated",
            Type = EntityType.Nationality,
            Name = f[1],
            Aliases = [.. ArtefactFiles.SplitList(f[2]).Where(s => s != f[1]).Select(a => new ListAlias(a, "curated"))],
            Countries = ArtefactFiles.SplitList(f[3]),
        });

    private ImmutableArray<Place> LoadPlaces()
    {
        var extra = Curated(ArtefactFiles.CuratedPlaces).ToLookup(f => f[0], f => f[1], StringComparer.Ordinal);
        return [.. ArtefactFiles.ReadLines(open(ArtefactFiles.Places)).Select(ArtefactRows.ParsePlace)
            .Select(p => extra.Contains(p.Ref) ? p with { AlternateNames = [.. p.AlternateNames, .. extra[p.Ref]] } : p)];
    }

    /// <summary>
    /// The built entries (already sorted) merged with the curated ones; a curated entry replaces a
    /// built one for the same surface, type and ref. Curated place spellings borrow the kind, name and
    /// seat of government of the place's own built entry, so the places need not be loaded.
    /// </summary>
    private ImmutableArray<GazetteerEntry> LoadGazetteer()
    {
        var built = ArtefactFiles.ReadLines(open(ArtefactFiles.Gazetteer)).Select(ArtefactRows.ParseGazetteer).ToList();
        var curated = new List<GazetteerEntry>();
        foreach (var r in Records.Where(r => r.List == "curated"))
        {
            var reference = r.SameAs.FirstOrDefault() ?? r.Ref;
            curated.AddRange(r.AllNames.Select(s => new GazetteerEntry(s, r.Type, r.Kind, r.Name, reference, "curated", NameNormalizer.LooksLikeAcronym(s))));
        }
        var placeEntries = Curated(ArtefactFiles.CuratedPlaces).ToList();
        var wanted = placeEntries.Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
        var own = built.Where(e => e.Type == EntityType.Location && e.Ref is { } r && wanted.Contains(r)).GroupBy(e => e.Ref!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Surface == e.Canonical).First(), StringComparer.Ordinal);
        curated.AddRange(placeEntries.Select(f => new GazetteerEntry(f[1], EntityType.Location, own[f[0]].Kind, own[f[0]].Canonical, f[0], "curated", NameNormalizer.LooksLikeAcronym(f[1]), own[f[0]].SeatOf)));
        curated = [.. curated.DistinctBy(e => (e.Surface, e.Type, e.Ref))];
        curated.Sort(Compare);
        var taken = curated.Select(e => (e.Surface, e.Type, e.Ref)).ToHashSet();

        var merged = ImmutableArray.CreateBuilder<GazetteerEntry>(built.Count + curated.Count);
        var c = 0;
        foreach (var e in built.Where(e => !taken.Contains((e.Surface, e.Type, e.Ref))))
        {
            while (c < curated.Count && Compare(curated[c], e) <= 0)
            {
                merged.Add(curated[c++]);
            }
            merged.Add(e);
        }
        merged.AddRange(curated.Skip(c));
        return merged.DrainToImmutable();

        static int Compare(GazetteerEntry a, GazetteerEntry b)
        {
            var c = string.CompareOrdinal(a.Surface, b.Surface);
            c = c != 0 ? c : a.Type.CompareTo(b.Type);
            return c != 0 ? c : string.CompareOrdinal(a.Ref, b.Ref);
        }
    }

    /// <summary>Rows of a hand-written list: comment lines (#) and blank lines skipped, missing trailing columns empty.</summary>
    private IEnumerable<string[]> Curated(string name)
    {
        using var reader = new StreamReader(open("curated/" + name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.Split('\t');
            yield return f.Length >= 8 ? f : [.. f, .. Enumerable.Repeat("", 8 - f.Length)];
        }
    }
}
