using System.Text.Json.Serialization;

namespace Nexus.Resolution.ReferenceData;

/// <summary>
/// One record of a reference list: a UN-listed individual or entity, a MISP galaxy cluster, or a
/// curated organisation. Immutable; serialised one per line in the committed artefacts.
/// </summary>
public sealed record ReferenceRecord
{
    /// <summary>External id with its scheme: "un:QDe.118", "misp:&lt;uuid&gt;", "curated:iskp".</summary>
    public required string Ref { get; init; }

    /// <summary>The list: "un", "misp" or "curated".</summary>
    public required string List { get; init; }

    /// <summary>The list's sub-list: the UN sanctions regime ("Al-Qaida", "Taliban"), the MISP galaxy ("terrorist-groups").</summary>
    public string? Section { get; init; }

    public required EntityType Type { get; init; }

    public EntityKind? Kind { get; init; }

    /// <summary>The list's primary name, in display case.</summary>
    public required string Name { get; init; }

    public ImmutableArray<ListAlias> Aliases { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes of the countries the record is tied to (nationality, seat, sponsor).</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>Date of listing (UN).</summary>
    public DateOnly? ListedOn { get; init; }

    /// <summary>Honorifics and ranks the list records ("Mullah", "Maulavi").</summary>
    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>Posts held, as the list words them.</summary>
    public ImmutableArray<string> Designations { get; init; } = [];

    /// <summary>Other records the list's comments cite ("un:QDi.263" in Lashkar-e-Tayyiba's): related, not the same thing.</summary>
    public ImmutableArray<string> Linked { get; init; } = [];

    /// <summary>Records of other lists that are the same thing (curated: "curated:let" is "un:QDe.118").</summary>
    public ImmutableArray<string> SameAs { get; init; } = [];

    /// <summary>First and last year the name was in use, where known (curated: "Islamic State of Iraq" 2006–2013).</summary>
    public int? ActiveFrom { get; init; }

    public int? ActiveTo { get; init; }

    /// <summary>Every name of the record: the primary name first, then the aliases.</summary>
    [JsonIgnore]
    public IEnumerable<string> AllNames => Aliases.Select(a => a.Name).Prepend(Name);
}
