namespace Nexus.Export.Stix;

/// <summary>
/// What a bundle becomes in the store: documents with their entities and claims, and the analyst's
/// curations. Built whole before anything is written, so a bad bundle changes nothing.
/// </summary>
/// <param name="Documents">One per report (Nexus's own reports exactly as exported; others rebuilt from their objects), plus one for relationships no report holds.</param>
/// <param name="Curations">Notes and opinions that carried a Nexus curation.</param>
/// <param name="Ignored">How many objects had no place in Nexus (indicators, observables…).</param>
public sealed record StixImportPlan(ImmutableArray<AnnotatedDocument> Documents, ImmutableArray<Curation> Curations, int Ignored);
