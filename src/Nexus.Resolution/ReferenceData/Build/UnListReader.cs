using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// Reads the UN Security Council Consolidated List (XML) into reference records: individuals as
/// PERSON, entities as ORGANIZATION, with every alias and its quality, the listing date, regime,
/// nationalities, titles, designations and the other reference numbers its comments cite.
/// </summary>
internal static partial class UnListReader
{
    /// <summary>Regimes whose listed entities are mostly armed groups; elsewhere they are firms, banks and charities.</summary>
    private static readonly FrozenSet<string> ArmedRegimes = FrozenSet.Create(StringComparer.Ordinal,
        ["Al-Qaida", "Taliban", "Somalia", "Yemen", "DRC", "CAR", "SouthSudan", "Sudan", "Haiti", "Libya"]);

    private static readonly string[] CompanyWords =
    [
        "company", "co.", "ltd", "limited", "corporation", "corp", "bank", "trading", "exchange", "shipping",
        "industries", "industry", "inc", "llc", "gmbh", "establishment", "enterprise", "enterprises", "commercial", "import",
    ];

    private static readonly string[] CharityWords =
        ["trust", "foundation", "relief", "welfare", "charity", "charitable", "society", "benevolence", "aid", "fund", "office"];

    public static IReadOnlyList<ReferenceRecord> Read(string path, CountrySource countries)
    {
        var doc = XDocument.Load(path);
        var records = new List<ReferenceRecord>();
        foreach (var e in doc.Descendants("INDIVIDUAL"))
        {
            records.Add(Individual(e, countries));
        }
        foreach (var e in doc.Descendants("ENTITY"))
        {
            records.Add(Entity(e, countries));
        }
        records.Sort((a, b) => string.CompareOrdinal(a.Ref, b.Ref));
        return records;
    }

    private static ReferenceRecord Individual(XElement e, CountrySource countries)
    {
        var parts = new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
            .Select(n => Text(e, n)).Where(s => s.Length > 0);
        var name = NameCleaner.DisplayCase(string.Join(' ', parts));
        var aliases = Aliases(e.Elements("INDIVIDUAL_ALIAS"), name, Text(e, "NAME_ORIGINAL_SCRIPT"));
        var nationalities = Values(e, "NATIONALITY").Select(countries.CodeOf).OfType<string>();
        return Common(e, name) with
        {
            Type = EntityType.Person,
            Aliases = aliases,
            Countries = [.. nationalities.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Titles = [.. Values(e, "TITLE")],
            Designations = [.. Values(e, "DESIGNATION").Select(d => ItemMarker().Replace(d, ""))],
        };
    }

    private static ReferenceRecord Entity(XElement e, CountrySource countries)
    {
        // "LASHKAR I JHANGVI (LJ)", "HARAKAT UL-MUJAHIDIN / HUM": the name carries its acronym.
        var parts = NameCleaner.UnAlias(Text(e, "FIRST_NAME")).ToList();
        var name = NameCleaner.DisplayCase(parts[0]);
        var section = Text(e, "UN_LIST_TYPE");
        var seats = e.Elements("ENTITY_ADDRESS").Select(a => Text(a, "COUNTRY")).Where(c => c.Length > 0).Select(countries.CodeOf).OfType<string>();
        return Common(e, name) with
        {
            Type = EntityType.Organization,
            Kind = KindOf(name, section),
            Aliases = [.. parts.Skip(1).Select(p => new ListAlias(p, "aka")), .. Aliases(e.Elements("ENTITY_ALIAS"), name, Text(e, "NAME_ORIGINAL_SCRIPT"))],
            Countries = [.. seats.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    private static ReferenceRecord Common(XElement e, string name)
    {
        var number = Text(e, "REFERENCE_NUMBER");
        var comments = Text(e, "COMMENTS1");
        var linked = ReferenceNumber().Matches(comments).Select(m => m.Value)
            .Where(n => n != number).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(n => "un:" + n);
        return new ReferenceRecord
        {
            Ref = "un:" + number,
            List = "un",
            Section = Text(e, "UN_LIST_TYPE"),
            Type = EntityType.Person,
            Name = name,
            ListedOn = DateOnly.TryParse(Text(e, "LISTED_ON"), CultureInfo.InvariantCulture, out var listed) ? listed : null,
            Linked = [.. linked],
        };
    }

    /// <summary>Aliases cleaned and de-duplicated (first spelling wins), the original-script name last.</summary>
    private static ImmutableArray<ListAlias> Aliases(IEnumerable<XElement> elements, string name, string originalScript)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var aliases = new List<ListAlias>();
        foreach (var a in elements)
        {
            var quality = Text(a, "QUALITY").ToLowerInvariant().Replace(".", "", StringComparison.Ordinal);
            foreach (var alias in NameCleaner.UnAlias(Text(a, "ALIAS_NAME")))
            {
                if (seen.Add(alias))
                {
                    aliases.Add(new ListAlias(NameCleaner.DisplayCase(alias), NameCleaner.HasNonLatin(alias) ? "original" : quality));
                }
            }
        }
        var original = NameCleaner.SplitParentheses(originalScript).Outer;
        if (original.Length > 0 && seen.Add(original))
        {
            aliases.Add(new ListAlias(original, "original"));
        }
        return [.. aliases];
    }

    private static EntityKind KindOf(string name, string section)
    {
        var words = name.ToLowerInvariant().Split([' ', ',', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => CompanyWords.Contains(w)) ? EntityKind.Company
            : words.Any(w => CharityWords.Contains(w)) ? EntityKind.Other
            : ArmedRegimes.Contains(section) ? EntityKind.ArmedGroup
            : EntityKind.Other;
    }

    private static string Text(XElement e, string name) => NameCleaner.Squash(e.Element(name)?.Value ?? "");

    private static IEnumerable<string> Values(XElement e, string name) =>
        e.Elements(name).Elements("VALUE").Select(v => NameCleaner.Squash(v.Value)).Where(v => v.Length > 0);

    [GeneratedRegex(@"\b[A-Z]{2}[ie]\.\d{3}\b")]
    private static partial Regex ReferenceNumber();

    [GeneratedRegex(@"^[a-z]\)\s*")]
    private static partial Regex ItemMarker();
}
