namespace Nexus.Export.Snapshots;

/// <summary>
/// Everything an export reads, taken from a store at one moment (<see cref="SnapshotReader"/>) or built
/// by hand. Exporters are pure functions of a snapshot: the same snapshot gives the same bytes.
/// </summary>
public sealed record ExportSnapshot
{
    /// <summary>Global entities, as resolution left them.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    public ImmutableArray<ExportDocument> Documents { get; init; } = [];

    /// <summary>Every stored claim, rejected ones included (<see cref="StoredClaim.Rejected"/> says which).</summary>
    public ImmutableArray<StoredClaim> Claims { get; init; } = [];

    /// <summary>Assessed assertions; empty when no assessment has run, and exports then carry no grades.</summary>
    public ImmutableArray<Assertion> Assertions { get; init; } = [];

    public ImmutableArray<Curation> Curations { get; init; } = [];

    /// <summary>
    /// The reference-list section of each external id the entities carry ("misp:…" → "threat-actor",
    /// "un:QDe.118" → "Al-Qaida"): it tells an APT from an armed group and a designated group from
    /// an undesignated one.
    /// </summary>
    public ImmutableDictionary<string, string> RefSections { get; init; } = ImmutableDictionary<string, string>.Empty;
}
