namespace Nexus.Web.Entities;

/// <summary>
/// A role the entity is said to hold in an organisation ("coordinator" of ISKP), and how many claims
/// say so. A role is a claim like any other: the claims behind it keep their holders and hedges.
/// </summary>
public sealed record RoleItem(string Role, Predicate Predicate, EntityRefView? In, int Claims)
{
    /// <summary>The roles that <paramref name="claims"/> (those naming a role) give the entity as their subject; rejected claims give none.</summary>
    public static IReadOnlyList<RoleItem> Of(string entityId, IEnumerable<ClaimView> claims) =>
    [
        .. claims
            .Where(c => !c.Rejected && c.Role is { Length: > 0 } && string.Equals(c.Subject.Id, entityId, StringComparison.Ordinal))
            .GroupBy(c => (Role: c.Role!.ToLowerInvariant(), c.Predicate, In: c.Object?.Id ?? c.Object?.Name))
            .Select(g => new RoleItem(g.Key.Role, g.Key.Predicate, g.First().Object, g.Count()))
            .OrderByDescending(r => r.Claims)
            .ThenBy(r => r.Role, StringComparer.Ordinal),
    ];
}
