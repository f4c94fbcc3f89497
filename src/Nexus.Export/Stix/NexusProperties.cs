namespace Nexus.Export.Stix;

/// <summary>
/// The custom <c>x_nexus_*</c> properties: what STIX has no field for (holder, modality, polarity,
/// evidence and its span) and what an import needs to rebuild documents, claims and curations exactly.
/// </summary>
internal static class NexusProperties
{
    // Reports (documents)
    public const string DocumentId = "x_nexus_document_id";
    public const string Title = "x_nexus_title";
    public const string Publisher = "x_nexus_publisher";
    public const string Origin = "x_nexus_origin";
    public const string Authors = "x_nexus_authors";
    public const string Published = "x_nexus_published";
    public const string PublishedTime = "x_nexus_published_time";
    public const string Retrieved = "x_nexus_retrieved";
    public const string Source = "x_nexus_source";
    public const string Format = "x_nexus_format";
    public const string Marking = "x_nexus_marking";
    public const string Reliability = "x_nexus_reliability";
    public const string Credits = "x_nexus_credits";
    public const string Entities = "x_nexus_entities";

    // Entities
    public const string EntityId = "x_nexus_entity_id";
    public const string Type = "x_nexus_type";
    public const string Kind = "x_nexus_kind";
    public const string Aliases = "x_nexus_aliases";
    public const string Refs = "x_nexus_external_ids";

    // Claims (relationships, and notes for one-place claims)
    public const string ClaimId = "x_nexus_claim_id";
    public const string Predicate = "x_nexus_predicate";
    public const string SubjectKey = "x_nexus_subject_key";
    public const string ObjectKey = "x_nexus_object_key";
    public const string Role = "x_nexus_role";
    public const string Item = "x_nexus_item";
    public const string Kinds = "x_nexus_kinds";
    public const string Count = "x_nexus_count";
    public const string Time = "x_nexus_time";
    public const string PlaceKey = "x_nexus_place_key";
    public const string PlaceRef = "x_nexus_place_ref";
    public const string Modality = "x_nexus_modality";
    public const string Likelihood = "x_nexus_likelihood";
    public const string Polarity = "x_nexus_polarity";
    public const string Holder = "x_nexus_holder";
    public const string HolderRef = "x_nexus_holder_ref";
    public const string Cue = "x_nexus_cue";
    public const string Evidence = "x_nexus_evidence";
    public const string EvidenceSpan = "x_nexus_evidence_span";
    public const string TriggerSpan = "x_nexus_trigger_span";
    public const string ExtractionConfidence = "x_nexus_extraction_confidence";
    public const string Pattern = "x_nexus_pattern";
    public const string Grade = "x_nexus_grade";
    public const string AssertionId = "x_nexus_assertion_id";
    public const string IndependentSources = "x_nexus_independent_sources";
    public const string Contested = "x_nexus_contested";
    public const string Rejected = "x_nexus_rejected";

    // Curations (notes and opinions)
    public const string CurationId = "x_nexus_curation_id";
    public const string Action = "x_nexus_action";
    public const string Targets = "x_nexus_targets";
    public const string Value = "x_nexus_value";
    public const string Reason = "x_nexus_reason";
    public const string Analyst = "x_nexus_analyst";
    public const string At = "x_nexus_at";
}
