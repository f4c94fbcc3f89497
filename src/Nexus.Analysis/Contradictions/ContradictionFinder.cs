using System.Security.Cryptography;
using System.Text;

namespace Nexus.Analysis.Contradictions;

/// <summary>Finds what stands against assertions: counter-claims within one, incompatible roles across several.</summary>
internal static class ContradictionFinder
{
    /// <summary>Words that make a role the group's leadership; any other role is subordinate.</summary>
    private static readonly string[] LeaderWords = ["chief", "emir", "amir", "head", "leader", "chairman", "founder", "supremo", "commander-in-chief"];

    /// <summary>The denial or negation contradiction of one assertion, or null when nothing stands against it or nothing supports it.</summary>
    public static Contradiction? Against(string assertionId, string statement, IReadOnlyList<StoredClaim> support, IReadOnlyList<StoredClaim> counter)
    {
        if (support.Count == 0 || counter.Count == 0)
        {
            return null;
        }
        var denial = counter.Any(c => c.Claim.Modality == Modality.Denied);
        var holders = string.Join(", ", counter.Select(c => c.Claim.Holder.Text).Distinct(StringComparer.Ordinal));
        return new Contradiction
        {
            Id = IdOf(denial ? "denial" : "negation", [assertionId]),
            Kind = denial ? ContradictionKind.Denial : ContradictionKind.Negation,
            Assertions = [assertionId],
            Claims = [.. support.Select(c => c.Id)],
            CounterClaims = [.. counter.Select(c => c.Id)],
            Summary = denial
                ? $"{holders} {(counter.Count == 1 ? "denies" : "deny")} that {statement}, which {support.Count} claim(s) state."
                : $"{holders} {(counter.Count == 1 ? "states" : "state")} that it is not so that {statement}, which {support.Count} claim(s) state.",
        };
    }

    /// <summary>
    /// Role conflicts among supporting claims of <see cref="Predicate.Leads"/> and <see cref="Predicate.MemberOf"/>:
    /// a person both leading a group and holding a subordinate role in it, or two people leading it,
    /// over overlapping time. Undated role claims overlap anything for a person's own roles; two
    /// leaders conflict only when both claims are dated.
    /// </summary>
    public static IEnumerable<Contradiction> RoleConflicts(IEnumerable<(string AssertionId, StoredClaim Claim)> support)
    {
        var roles = support
            .Where(s => s.Claim.Claim.Predicate is Predicate.Leads or Predicate.MemberOf && s.Claim.Object?.EntityId is not null)
            .ToList();
        foreach (var group in roles.GroupBy(r => (Person: r.Claim.Subject.EntityId!, Group: r.Claim.Object!.EntityId!)))
        {
            var leading = group.Where(r => IsLeading(r.Claim.Claim)).ToList();
            var subordinate = group.Where(r => r.Claim.Claim is { Predicate: Predicate.MemberOf, Role: { } role } && !IsLeaderRole(role)).ToList();
            var pairs = leading.SelectMany(l => subordinate.Where(s => Interval(l).Overlaps(Interval(s))).Select(s => (l, s))).ToList();
            if (pairs.Count == 0)
            {
                continue;
            }
            var (first, _) = pairs[0];
            var said = pairs.Select(p => p.l).Distinct().ToList();
            var against = pairs.Select(p => p.s).Distinct().ToList();
            yield return new Contradiction
            {
                Id = IdOf("roles", [.. said.Concat(against).Select(r => r.AssertionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
                Kind = ContradictionKind.IncompatibleRoles,
                Assertions = [.. said.Concat(against).Select(r => r.AssertionId).Distinct(StringComparer.Ordinal)],
                Claims = [.. said.Select(r => r.Claim.Id)],
                CounterClaims = [.. against.Select(r => r.Claim.Id)],
                Summary = $"{first.Claim.Subject.Name} is called {Roles(said)} and {Roles(against)} of {first.Claim.Object!.Name} over overlapping time.",
            };
        }
        foreach (var group in roles.Where(r => IsLeading(r.Claim.Claim) && Interval(r).Dated).GroupBy(r => r.Claim.Object!.EntityId!))
        {
            var reported = new HashSet<(string, string)>();
            foreach (var a in group)
            {
                foreach (var b in group)
                {
                    if (string.CompareOrdinal(a.Claim.Subject.EntityId, b.Claim.Subject.EntityId) < 0 && Interval(a).Overlaps(Interval(b))
                        && reported.Add((a.Claim.Subject.EntityId!, b.Claim.Subject.EntityId!)))
                    {
                        yield return new Contradiction
                        {
                            Id = IdOf("leaders", [.. new[] { a.AssertionId, b.AssertionId }.Order(StringComparer.Ordinal)]),
                            Kind = ContradictionKind.IncompatibleRoles,
                            Assertions = [a.AssertionId, b.AssertionId],
                            Claims = [a.Claim.Id],
                            CounterClaims = [b.Claim.Id],
                            Summary = $"{a.Claim.Subject.Name} and {b.Claim.Subject.Name} are both said to lead {a.Claim.Object!.Name} over overlapping time.",
                        };
                    }
                }
            }
        }
    }

    private static bool IsLeading(Claim claim) =>
        claim.Predicate == Predicate.Leads || (claim.Predicate == Predicate.MemberOf && claim.Role is { } role && IsLeaderRole(role));

    private static bool IsLeaderRole(string role) =>
        LeaderWords.Any(w => role.Contains(w, StringComparison.OrdinalIgnoreCase)) && !role.Contains("deputy", StringComparison.OrdinalIgnoreCase);

    private static ClaimInterval Interval((string, StoredClaim Claim) role) => ClaimInterval.Of(role.Claim.Claim);

    private static string Roles(List<(string AssertionId, StoredClaim Claim)> roles) =>
        string.Join(", ", roles.Select(r => $"{r.Claim.Claim.Role ?? "leader"} ({PredicateName.Of(r.Claim.Claim.Predicate)})").Distinct(StringComparer.Ordinal));

    private static string IdOf(string kind, IEnumerable<string> parts) =>
        "x:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + string.Join("\n", parts))))[..16];
}
