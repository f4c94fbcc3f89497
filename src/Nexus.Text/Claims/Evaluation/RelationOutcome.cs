namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// One scored relation with its text: <c>Verdict</c> is "tp" (a claim matched a gold relation), "fp"
/// (a claim matched none) or "fn" (a gold relation no claim matched, with a null <c>Predicate</c>).
/// <c>Exclusion</c> says why the gold relation is out of scope (<see cref="Re3dRelationScope"/>), null when
/// it is in scope or for a spurious claim; <c>Pattern</c> is the claim's pattern.
/// </summary>
public sealed record RelationOutcome(
    string Folder, string DocumentId, string Type, string Verdict, string Source, string Target, Predicate? Predicate, string Evidence)
{
    public string? Exclusion { get; init; }

    public string? Pattern { get; init; }

    public bool InScope => Exclusion is null;
}
