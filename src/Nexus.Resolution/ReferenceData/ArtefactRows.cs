namespace Nexus.Resolution.ReferenceData;

/// <summary>Tab-separated row layouts of the place, country and gazetteer artefacts, both ways.</summary>
internal static class ArtefactRows
{
    public static string Format(Place p) => ArtefactFiles.Row(
        p.Ref,
        p.GeonamesId.ToString(CultureInfo.InvariantCulture),
        Kind(p.Kind),
        p.Name,
        ArtefactFiles.List(p.AlternateNames),
        p.CountryCode,
        p.Admin1Code,
        p.Admin2Code,
        p.Population.ToString(CultureInfo.InvariantCulture),
        p.Coordinates?.Latitude.ToString("0.#####", CultureInfo.InvariantCulture),
        p.Coordinates?.Longitude.ToString("0.#####", CultureInfo.InvariantCulture),
        p.FeatureCode);

    public static Place ParsePlace(string line)
    {
        var f = line.Split('\t');
        return new Place
        {
            Ref = f[0],
            GeonamesId = long.Parse(f[1], CultureInfo.InvariantCulture),
            Kind = ParseKind(f[2]),
            Name = f[3],
            AlternateNames = ArtefactFiles.SplitList(f[4]),
            CountryCode = f[5],
            Admin1Code = NullIfEmpty(f[6]),
            Admin2Code = NullIfEmpty(f[7]),
            Population = long.Parse(f[8], CultureInfo.InvariantCulture),
            Coordinates = f[9].Length == 0 ? null
                : new GeoPoint(double.Parse(f[9], CultureInfo.InvariantCulture), double.Parse(f[10], CultureInfo.InvariantCulture)),
            FeatureCode = f[11],
        };
    }

    public static string Format(Country c) => ArtefactFiles.Row(
        c.Code, c.Code3, c.Name, c.OfficialName, c.Capital, ArtefactFiles.List(c.Demonyms), ArtefactFiles.List(c.Spellings));

    public static Country ParseCountry(string line)
    {
        var f = line.Split('\t');
        return new Country(f[0], f[1], f[2], f[3], NullIfEmpty(f[4]), ArtefactFiles.SplitList(f[5]), ArtefactFiles.SplitList(f[6]));
    }

    public static string Format(GazetteerEntry e) => ArtefactFiles.Row(
        e.Surface,
        Type(e.Type),
        e.Kind is { } k ? Kind(k) : null,
        e.Canonical,
        e.Ref,
        e.Source,
        e.CaseSensitive ? "1" : "0",
        e.SeatOf);

    public static GazetteerEntry ParseGazetteer(string line)
    {
        var f = line.Split('\t');
        return new GazetteerEntry(f[0], ParseType(f[1]), f[2].Length == 0 ? null : ParseKind(f[2]), f[3], NullIfEmpty(f[4]), f[5], f[6] == "1", f.Length > 7 ? NullIfEmpty(f[7]) : null);
    }

    private static readonly FrozenDictionary<string, EntityKind> Kinds =
        Enum.GetValues<EntityKind>().ToFrozenDictionary(k => Snake(k.ToString()), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EntityType> Types =
        Enum.GetValues<EntityType>().ToFrozenDictionary(t => Snake(t.ToString()), StringComparer.Ordinal);

    /// <summary>"armed_group", "state_agency": the snake_case the JSON contracts use.</summary>
    public static string Kind(EntityKind kind) => Snake(kind.ToString());

    public static EntityKind ParseKind(string text) =>
        Kinds.TryGetValue(text, out var kind) ? kind : throw new InvalidDataException($"Unknown entity kind '{text}' in a reference artefact.");

    /// <summary>"organization", "military_platform".</summary>
    public static string Type(EntityType type) => Snake(type.ToString());

    public static EntityType ParseType(string text) =>
        Types.TryGetValue(text, out var type) ? type : throw new InvalidDataException($"Unknown entity type '{text}' in a reference artefact.");

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
