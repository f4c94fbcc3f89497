namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// One scored relation with its text: <c>Verdict</c> is "tp" (a claim matched a gold relation), "fp"
/// (a claim matched none) or "fn" (a gold relation no claim matched, with a null <c>Predicate</c>).
/// </summary>
public sealed record RelationOutcome(
    string Folder, string DocumentId, string Type, string Verdict, string Source, string Target, Predicate? Predicate, string Evidence);
