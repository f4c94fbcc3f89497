namespace Nexus.Core;

/// <summary>
/// The unit of evidence: subject — predicate — object with its qualifiers, the exact span it was read
/// from, and who says so how surely. A claim never loses its holder, modality, time or evidence: an
/// allegation stays an allegation however far it travels.
/// </summary>
public sealed record Claim
{
    /// <summary>Unique within its document ("c1").</summary>
    public required string Id { get; init; }

    /// <summary>Entity key of the subject (document-local in an extraction).</summary>
    public required string Subject { get; init; }

    public required Predicate Predicate { get; init; }

    /// <summary>Entity key of the object; null for one-place predicates such as <see cref="Predicate.Died"/>.</summary>
    public string? Object { get; init; }

    /// <summary>The subject's role in the relation ("commander", "coordinator", "chief").</summary>
    public string? Role { get; init; }

    /// <summary>What changed hands or was used ("pistol", "funds").</summary>
    public string? Item { get; init; }

    /// <summary>Sorts of support or supply: financial, logistical, operational, safe_haven, training.</summary>
    public ImmutableArray<string> Kinds { get; init; } = [];

    /// <summary>A count qualifier ("killing approximately 30").</summary>
    public int? Count { get; init; }

    public TimeExpression? Time { get; init; }

    /// <summary>Entity key of the place where it happened or holds.</summary>
    public string? Place { get; init; }

    public required Modality Modality { get; init; }

    /// <summary>The ICD 203 likelihood word when the text uses one ("likely", "almost certainly").</summary>
    public string? Likelihood { get; init; }

    public Polarity Polarity { get; init; } = Polarity.Positive;

    public required Holder Holder { get; init; }

    /// <summary>The words that carry the attribution or hedge ("according to", "reportedly").</summary>
    public string? Cue { get; init; }

    /// <summary>The sentence (or clause) the claim was read from.</summary>
    public required TextSpan Evidence { get; init; }

    /// <summary>The word or phrase that signals the relation ("arrest", "deputy", "chief").</summary>
    public TextSpan? Trigger { get; init; }

    /// <summary>
    /// 0..1: how likely the relation is right, as calibrated on judged claims for the claim's pattern and
    /// attribution (of claims at 0.8, about 8 in 10 are right).
    /// </summary>
    public required double Confidence { get; init; }

    /// <summary>
    /// The rule that read the relation ("dep:nsubj-obj", "apposition-role", "verb-passive"); null for claims
    /// from elsewhere (imports, older stores). Kept for audit and for calibrating confidence per pattern.
    /// </summary>
    public string? Pattern { get; init; }
}
