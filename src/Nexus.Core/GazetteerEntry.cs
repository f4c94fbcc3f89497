namespace Nexus.Core;

/// <summary>
/// One surface form a reference list knows. Several entries may share a surface ("ISI" is an agency
/// of Pakistan and an old name of the Islamic State); the pipeline picks between them by context.
/// </summary>
/// <param name="Surface">The form as it appears in text ("Lashkar-e-Tayyiba", "LeT", "Quetta").</param>
/// <param name="Type">The entity type it names.</param>
/// <param name="Kind">The kind, where the type has kinds.</param>
/// <param name="Canonical">The list's preferred name for the thing.</param>
/// <param name="Ref">External id with its scheme ("un:QDe.118", "geonames:1167528"), or null for curated entries.</param>
/// <param name="Source">The list it came from: "un", "misp", "geonames", "countries", "curated".</param>
/// <param name="CaseSensitive">True for acronyms and surfaces that are also ordinary words ("MIT", "Nice").</param>
/// <param name="SeatOf">For a capital city: the country whose government sits there ("country:PK" for Islamabad), which
/// news names by its capital ("Islamabad denied", "backed by Tehran").</param>
public sealed record GazetteerEntry(
    string Surface,
    EntityType Type,
    EntityKind? Kind,
    string Canonical,
    string? Ref,
    string Source,
    bool CaseSensitive,
    string? SeatOf = null);
