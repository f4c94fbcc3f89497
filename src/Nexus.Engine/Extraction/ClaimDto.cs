namespace Nexus.Engine.Extraction;

public sealed record ClaimDto(
    string Id,
    string Subject,
    Predicate Predicate,
    string? Object,
    string? Role,
    string? Item,
    IReadOnlyList<string> Kinds,
    int? Count,
    TimeDto? Time,
    string? Place,
    Modality Modality,
    string? Likelihood,
    Polarity Polarity,
    HolderDto Holder,
    string? Cue,
    EvidenceDto Evidence,
    SpanDto? Trigger,
    double Confidence,
    string? Pattern = null);
