namespace Nexus.Text.Tests.Time;

/// <summary>
/// One row of a time-expression table: a sentence, the anchor it is read against, and the expression
/// expected in it with its interval — or, when <see cref="Text"/> is null, the promise that the sentence
/// holds no time expression at all.
/// </summary>
public sealed record TimeCase(
    string Table,
    int Line,
    DateOnly? Anchor,
    string Input,
    string? Text,
    DateOnly? Start,
    DateOnly? End,
    TimeGranularity Granularity,
    TimeQualifier Qualifier)
{
    public bool IsNegative => Text is null;

    /// <summary>Exact match: the expected text is found with the same bounds, granularity and qualifier.</summary>
    public bool IsMatchedBy(ImmutableArray<TimeExpression> found) =>
        IsNegative
            ? found.IsEmpty
            : found.Any(t => t.Text == Text && t.Start == Start && t.End == End && t.Granularity == Granularity && t.Qualifier == Qualifier);

    public string Describe(ImmutableArray<TimeExpression> found) =>
        $"{Table}:{Line} \"{Input}\" expected {(IsNegative ? "nothing" : $"\"{Text}\" {Start}..{End} {Granularity} {Qualifier}")}, found "
        + (found.IsEmpty ? "nothing" : string.Join("; ", found.Select(t => $"\"{t.Text}\" {t.IsoInterval} {t.Granularity} {t.Qualifier}")));

    public override string ToString() => $"{Table}:{Line}";
}
