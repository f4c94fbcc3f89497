namespace Nexus.Storage;

/// <summary>
/// A claim as stored: the extracted claim (document-local keys) with its ends resolved to global
/// entities, the evidence text, and the document it came from.
/// </summary>
public sealed record StoredClaim
{
    /// <summary>Globally unique: the document id and the claim's local id.</summary>
    public required string Id { get; init; }

    public required string DocumentId { get; init; }

    public required Claim Claim { get; init; }

    public required EntityRef Subject { get; init; }

    public EntityRef? Object { get; init; }

    public EntityRef? Place { get; init; }

    public required string EvidenceText { get; init; }

    public string? DocumentTitle { get; init; }

    public DateOnly? DocumentPublished { get; init; }

    public string? Publisher { get; init; }

    /// <summary>True when an analyst rejected this claim; rejected claims stay stored and audited.</summary>
    public bool Rejected { get; init; }
}
