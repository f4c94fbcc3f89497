namespace Nexus.Web.Map;

/// <summary>A claim located at a place with coordinates: who did what, where, when, how surely, and whether it is denied or negated.</summary>
public sealed record MapEvent(
    string Claim,
    Predicate Predicate,
    string Subject,
    string? SubjectId,
    string? Object,
    string Place,
    double Latitude,
    double Longitude,
    string? When,
    Modality Modality,
    Polarity Polarity);
