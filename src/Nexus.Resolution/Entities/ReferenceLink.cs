namespace Nexus.Resolution.Entities;

/// <summary>An external id attached to a document entity, and why.</summary>
/// <param name="Ref">"un:QDe.118", "geonames:1170706", "within:country:PK"…</param>
/// <param name="Reason">"screened 'Lashkar-e-Taiba' → alias 'Lashkar-i-Taiba' of un:QDe.118".</param>
/// <param name="Score">0..1.</param>
internal sealed record ReferenceLink(string Ref, string Reason, double Score);
