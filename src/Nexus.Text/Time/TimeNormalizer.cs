namespace Nexus.Text.Time;

/// <summary>
/// Finds English time expressions in text and normalises each to an inclusive date interval with a
/// granularity and a qualifier. Relative expressions ("last year", "recently") count from
/// <c>anchor</c>, the publication date; without one they are found but left with null bounds, while
/// absolute ones ("27 February 2026") are still placed. An anchor outside the years 1000–2999 is taken
/// as absent. The rules are in Time/README.md.
/// Thread-safe: every call reads its own text.
/// </summary>
public static class TimeNormalizer
{
    /// <summary>
    /// The first time expression in a short phrase, or null: "late December 2025", "By June 2025",
    /// "the 2020 arrest" (whose time is "2020"). Its span indexes <paramref name="expression"/>.
    /// </summary>
    public static TimeExpression? Normalize(string expression, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var found = TimeParser.FindAll(expression, anchor, CancellationToken.None);
        return found.IsEmpty ? null : found[0];
    }

    /// <summary>
    /// Every time expression in <paramref name="text"/>, in order and without overlaps. Anaphora ("the
    /// following year", "two days later") count from the expression placed before them in the same text.
    /// </summary>
    public static ImmutableArray<TimeExpression> Find(string text, DateOnly? anchor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TimeParser.FindAll(text, anchor, cancellationToken);
    }
}
