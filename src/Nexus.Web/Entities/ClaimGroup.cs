using Nexus.Web.Api;

namespace Nexus.Web.Entities;

/// <summary>
/// An entity's claims with one predicate: how many there are and with which modalities, the first
/// of them in store order (publication date, then document order), and <see cref="Next"/>, the
/// <c>/api/entities/{id}/claims</c> page that follows them, while there are more.
/// </summary>
public sealed record ClaimGroup(Predicate Predicate, int Count, IReadOnlyList<ModalityCount> Modalities, IReadOnlyList<ClaimView> Claims, string? Next);
