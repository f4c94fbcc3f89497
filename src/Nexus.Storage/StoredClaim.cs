namespace Nexus.Storage;

/// <summary>
/// A claim as stored: the extracted claim (document-local keys) with its ends resolved to global
/// entities, the evidence text, and the document it came from.
/// </summary>
public sealed record StoredClaim
{
    /// <summary>Globally unique: the document id and the claim's local id, <c>sha256:…#c3</c>; curations name claims by it.</summary>
    public required string Id { get; init; }

    public required string DocumentId { get; init; }

    public required Claim Claim { get; init; }

    public required EntityRef Subject { get; init; }

    public EntityRef? Object { get; init; }

    public EntityRef? Place { get; init; }

    /// <summary>The holder's entity when <see cref="Holder.Entity"/> names one; the claim's holder text stays in <see cref="Claim"/>.</summary>
    public EntityRef? HolderEntity { get; init; }

    public required string EvidenceText { get; init; }

    public string? DocumentTitle { get; init; }

    public DateOnly? DocumentPublished { get; init; }

    public string? Publisher { get; init; }

    /// <summary>
    /// True when the analyst's latest decision on this claim is a rejection (a later confirmation
    /// lifts it); rejected claims stay stored and audited.
    /// </summary>
    public bool Rejected { get; init; }

    /// <summary>The global id of claim <paramref name="claimId"/> of document <paramref name="documentId"/>.</summary>
    public static string IdOf(string documentId, string claimId) => documentId + "#" + claimId;
}
