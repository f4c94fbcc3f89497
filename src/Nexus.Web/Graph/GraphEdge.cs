namespace Nexus.Web.Graph;

/// <summary>
/// The claims with one subject, predicate and object, drawn as one edge. It keeps the evidence's
/// shape — how many claims and documents, in which modalities, held by whom, how many negated — so
/// the picture never shows an allegation as a plain line.
/// </summary>
public sealed record GraphEdge(
    string Id,
    string Source,
    string Target,
    Predicate Predicate,
    int Claims,
    int Documents,
    IReadOnlyList<ModalityCount> Modalities,
    int Negated,
    IReadOnlyList<string> Holders,
    string? FirstDate,
    string? LastDate);
