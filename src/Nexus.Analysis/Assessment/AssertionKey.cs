using System.Security.Cryptography;
using System.Text;

namespace Nexus.Analysis.Assessment;

/// <summary>
/// What claims are grouped by: global subject, predicate, global object. For a symmetric predicate
/// the two ends are put in ordinal order, so "ISKP allied_with LeT" and "LeT allied_with ISKP" are one.
/// </summary>
internal readonly record struct AssertionKey(string Subject, Predicate Predicate, string? Object)
{
    /// <summary>The key of a claim, or null when an end is not resolved to a global entity.</summary>
    public static AssertionKey? Of(StoredClaim claim)
    {
        if (claim.Subject.EntityId is not { } subject)
        {
            return null;
        }
        string? obj = null;
        if (claim.Claim.Object is not null)
        {
            if (claim.Object?.EntityId is not { } resolved)
            {
                return null;
            }
            obj = resolved;
        }
        var predicate = claim.Claim.Predicate;
        return obj is not null && Ontology.Describe(predicate).Symmetric && string.CompareOrdinal(subject, obj) > 0
            ? new AssertionKey(obj, predicate, subject)
            : new AssertionKey(subject, predicate, obj);
    }

    /// <summary>"a:" and 16 hex digits of the SHA-256 of the key: stable across runs and stores.</summary>
    public string Id => "a:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Subject}\n{PredicateName.Of(Predicate)}\n{Object}")))[..16];
}
