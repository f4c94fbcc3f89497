using System.Text.Json;
using System.Text.RegularExpressions;
using Nexus.Resolution.Names;

namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// Reads three MISP galaxies: terrorist groups (Public Safety Canada's listed entities; aliases sit in
/// the description's "Summary:" line) as armed groups, intelligence agencies as state agencies
/// (acronyms from the description), threat actors (mostly cyber groups) as organisations of kind
/// other with their synonyms.
/// </summary>
internal static partial class MispReader
{
    public const string TerroristGroups = "terrorist-groups";
    public const string IntelligenceAgencies = "intelligence-agencies";
    public const string ThreatActors = "threat-actor";

    public static IReadOnlyList<ReferenceRecord> Read(string mispDir, CountrySource countries, IReadOnlyList<ReferenceRecord> unRecords)
    {
        var unPeople = unRecords.Where(r => r.Type == EntityType.Person)
            .SelectMany(r => r.AllNames).Select(n => NameNormalizer.Normalize(n).Key).ToHashSet(StringComparer.Ordinal);
        var records = new List<ReferenceRecord>();
        foreach (var (galaxy, value) in Clusters(mispDir, TerroristGroups))
        {
            records.Add(TerroristGroup(value, unPeople, countries));
        }
        foreach (var (galaxy, value) in Clusters(mispDir, IntelligenceAgencies).Concat(Clusters(mispDir, ThreatActors)))
        {
            records.Add(Cluster(galaxy, value, countries));
        }
        records.Sort((a, b) => string.CompareOrdinal(a.Ref, b.Ref));
        return records;
    }

    private static IEnumerable<(string Galaxy, JsonElement Value)> Clusters(string dir, string galaxy)
    {
        var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, galaxy + ".json")));
        return doc.RootElement.GetProperty("values").EnumerateArray().Select(v => (galaxy, v));
    }

    /// <summary>
    /// A listed terrorist entity. A handful of Canada's listings are people ("Gulbuddin Hekmatyar",
    /// "James Mason"): those are PERSON when the UN lists the same name as an individual, or when the
    /// listing's text speaks of "he/his" more than of "the group/its/they".
    /// </summary>
    private static ReferenceRecord TerroristGroup(JsonElement value, HashSet<string> unPeople, CountrySource countries)
    {
        var (name, aliases) = NameAndAcronyms(value.GetProperty("value").GetString()!, countries);
        var meta = value.GetProperty("meta");
        var summary = meta.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";
        var content = meta.TryGetProperty("content", out var c) ? c.GetString() ?? "" : "";
        if (!string.Equals(summary.Trim(), "N/A", StringComparison.Ordinal))
        {
            foreach (var item in NameCleaner.SplitList(summary))
            {
                var (outer, inner) = NameCleaner.SplitParentheses(item);
                aliases.Add(new ListAlias(outer, "synonym"));
                foreach (var part in inner.Where(p => !p.Contains(',', StringComparison.Ordinal)))
                {
                    aliases.Add(new ListAlias(part, NameNormalizer.LooksLikeAcronym(part) ? "synonym" : "gloss"));
                }
            }
        }
        var person = unPeople.Contains(NameNormalizer.Normalize(name).Key)
            || Pronouns(content, "he", "his", "him") > Pronouns(content, "group", "its", "they", "their", "organization", "network", "members");
        return new ReferenceRecord
        {
            Ref = "misp:" + value.GetProperty("uuid").GetString(),
            List = "misp",
            Section = TerroristGroups,
            Type = person ? EntityType.Person : EntityType.Organization,
            Kind = person ? null : EntityKind.ArmedGroup,
            Name = name,
            Aliases = Distinct(name, aliases),
        };
    }

    private static ReferenceRecord Cluster(string galaxy, JsonElement value, CountrySource countries)
    {
        var (name, aliases) = NameAndAcronyms(value.GetProperty("value").GetString()!.TrimEnd(','), countries);
        var meta = value.TryGetProperty("meta", out var m) ? m : default;
        if (meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("synonyms", out var synonyms))
        {
            foreach (var syn in synonyms.EnumerateArray().Select(x => NameCleaner.Squash(x.GetString() ?? "")))
            {
                var (outer, inner) = NameAndAcronyms(syn, countries);
                aliases.Add(new ListAlias(outer, NameCleaner.HasNonLatin(outer) ? "original" : "synonym"));
                aliases.AddRange(inner);
            }
        }
        var agency = galaxy == IntelligenceAgencies;
        if (agency && value.TryGetProperty("description", out var description))
        {
            // "Inter-Services Intelligence (ISI)", "National Intelligence Organization (MİT)": the
            // agency's acronym is written only in its description.
            foreach (Match a in Acronym().Matches(description.GetString() ?? ""))
            {
                aliases.Add(new ListAlias(a.Groups[1].Value, "synonym"));
                aliases.Add(new ListAlias(NameCleaner.AsciiLetters(a.Groups[1].Value), "synonym"));
            }
        }
        var country = meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("country", out var cc) ? cc.GetString() : null;
        var sponsor = meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("cfr-suspected-state-sponsor", out var sp) ? countries.CodeOf(sp.GetString() ?? "") : null;
        var codes = new[] { country?.ToUpperInvariant(), sponsor }.OfType<string>().Where(c => c.Length == 2).Distinct(StringComparer.Ordinal);
        return new ReferenceRecord
        {
            Ref = "misp:" + value.GetProperty("uuid").GetString(),
            List = "misp",
            Section = galaxy,
            Type = EntityType.Organization,
            Kind = agency ? EntityKind.StateAgency : EntityKind.Other,
            Name = name,
            Aliases = Distinct(name, aliases),
            Countries = [.. codes.Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// "Lashkar-e-Tayyiba (LeT)" → the name and its acronym; "National Intelligence Service (Albania)"
    /// → the name alone (a disambiguating country is no alias); other parentheses become glosses.
    /// </summary>
    private static (string Name, List<ListAlias> Aliases) NameAndAcronyms(string value, CountrySource countries)
    {
        var (outer, inner) = NameCleaner.SplitParentheses(value);
        var aliases = new List<ListAlias>();
        foreach (var part in inner)
        {
            if (NameNormalizer.LooksLikeAcronym(part))
            {
                aliases.Add(new ListAlias(part, "synonym"));
            }
            else if (countries.CodeOf(part) is null && !part.Contains("page does not exist", StringComparison.Ordinal) && !part.Contains(',', StringComparison.Ordinal))
            {
                aliases.Add(new ListAlias(part, "gloss"));
            }
        }
        return (outer.Length > 0 ? outer : NameCleaner.Squash(value), aliases);
    }

    private static ImmutableArray<ListAlias> Distinct(string name, IEnumerable<ListAlias> aliases)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        return [.. aliases.Where(a => a.Name.Length > 1 && seen.Add(a.Name))];
    }

    private static int Pronouns(string text, params string[] words) =>
        Words().Matches(text).Count(m => words.Contains(m.Value.ToLowerInvariant()));

    [GeneratedRegex(@"\(([A-ZÀ-Ý][\p{L}\-&]{1,7})\)")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
