namespace Nexus.Export.Snapshots;

/// <summary>Lookups every exporter needs over one snapshot: entities, documents and the assertion grading each claim.</summary>
public sealed class SnapshotIndex
{
    private readonly ImmutableDictionary<string, Entity> entities;
    private readonly ImmutableDictionary<string, ExportDocument> documents;
    private readonly ImmutableDictionary<string, Assertion> assertionOfClaim;

    public SnapshotIndex(ExportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        entities = snapshot.Entities.ToImmutableDictionary(e => e.Id, StringComparer.Ordinal);
        documents = snapshot.Documents.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);
        var byClaim = ImmutableDictionary.CreateBuilder<string, Assertion>(StringComparer.Ordinal);
        foreach (var assertion in snapshot.Assertions)
        {
            foreach (var claim in assertion.Claims)
            {
                byClaim[claim] = assertion;
            }
        }
        assertionOfClaim = byClaim.ToImmutable();
    }

    public ExportSnapshot Snapshot { get; }

    /// <summary>Whether any assessment graded this snapshot.</summary>
    public bool Graded => !Snapshot.Assertions.IsEmpty;

    public Entity? Entity(string? id) => id is null ? null : entities.GetValueOrDefault(id);

    public ExportDocument? Document(string id) => documents.GetValueOrDefault(id);

    /// <summary>The assertion a claim counts towards, or null when ungraded or rejected.</summary>
    public Assertion? AssertionOf(StoredClaim claim) => assertionOfClaim.GetValueOrDefault(claim.Id);

    /// <summary>
    /// Whether a claim says a tie exists: positive and not denied. A negated or denied claim must
    /// never be drawn as an edge or a link, where a reader who skips the attributes would take it
    /// for the tie it denies.
    /// </summary>
    public static bool Affirms(StoredClaim claim) =>
        claim.Claim.Polarity == Polarity.Positive && claim.Claim.Modality != Modality.Denied;

    /// <summary>Claims the analyst has not rejected, in snapshot order.</summary>
    public IEnumerable<StoredClaim> AcceptedClaims => Snapshot.Claims.Where(c => !c.Rejected);
}
