namespace Nexus.Web.Entities;

/// <summary>An entity's claims with one predicate, in store order (publication date, then document order).</summary>
public sealed record ClaimGroup(Predicate Predicate, IReadOnlyList<ClaimView> Claims);
