namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// One claim of a hand-written holder and modality gold (tests/Nexus.Text.Tests/Claims/Gold): the document
/// ("CENTCOM/001C9C3F", folder and id prefix), the claim as a reader names it, its modality and holder
/// ("author", or the source as written, alternatives separated by "|"), and a quote from its sentence.
/// <c>Relation</c> is "right", "wrong" or "missed" as judged on Nexus's output, null in a blind gold, whose
/// rows are all claims a reader expects.
/// </summary>
public sealed record AttributionGoldRow(
    string Document, string Subject, string Predicate, string Object, string? Relation, string Modality, string Holder, string Quote)
{
    /// <summary>Whether the relation holds in the text: every row of a blind gold; the "right" and "missed" rows of a judged one.</summary>
    public bool IsRight => Relation is null or "right" or "missed";
}
