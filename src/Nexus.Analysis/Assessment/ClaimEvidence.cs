namespace Nexus.Analysis.Assessment;

/// <summary>One claim as evidence is shown: who says it, how surely, when, in which words and where it was read.</summary>
public sealed record ClaimEvidence
{
    /// <summary>The claim's global id (<c>sha256:…#c3</c>).</summary>
    public required string Id { get; init; }

    public required string Holder { get; init; }

    public required HolderKind HolderKind { get; init; }

    public required Modality Modality { get; init; }

    public required Polarity Polarity { get; init; }

    public string? Cue { get; init; }

    public string? Likelihood { get; init; }

    public string? Role { get; init; }

    /// <summary>The time as written ("by June 2025"), normalised to an interval with its precision; null when undated.</summary>
    public TimeExpression? Time { get; init; }

    /// <summary>The sentence or clause the claim was read from.</summary>
    public required string Evidence { get; init; }

    public required string Document { get; init; }

    public string? Publisher { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>The story (a text and its republished copies) the document belongs to.</summary>
    public string? Story { get; init; }

    /// <summary>How many documents of its story carry this same claim (a republished story repeats it).</summary>
    public int Copies { get; init; } = 1;

    public static ClaimEvidence Of(StoredClaim stored, string? story) => new()
    {
        Id = stored.Id,
        Holder = stored.Claim.Holder.Text,
        HolderKind = stored.Claim.Holder.Kind,
        Modality = stored.Claim.Modality,
        Polarity = stored.Claim.Polarity,
        Cue = stored.Claim.Cue,
        Likelihood = stored.Claim.Likelihood,
        Role = stored.Claim.Role,
        Time = stored.Claim.Time,
        Evidence = stored.EvidenceText,
        Document = stored.DocumentId,
        Publisher = stored.Publisher,
        Published = stored.DocumentPublished,
        Story = story,
    };
}
