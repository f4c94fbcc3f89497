namespace Nexus.Engine.Screening;

/// <summary>A listed record a stored entity may be.</summary>
/// <param name="Name">The record's primary name.</param>
/// <param name="MatchedAlias">The record's name or alias that matched best.</param>
/// <param name="Ref">The record's reference ("un:QDe.118").</param>
/// <param name="List">"un", "misp" or "curated".</param>
/// <param name="Score">0..1, three decimals.</param>
/// <param name="Attached">Whether resolution has already given the entity this reference.</param>
public sealed record XrefMatch(string Name, string MatchedAlias, string Ref, string List, double Score, bool Attached);
