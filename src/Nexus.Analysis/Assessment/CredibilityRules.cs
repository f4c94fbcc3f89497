namespace Nexus.Analysis.Assessment;

/// <summary>
/// The information-credibility rule table, as written in GRADING.md. The first row whose condition
/// holds grades the assertion. The table never gives 1 (confirmed) without two independent stories
/// stating it plainly and nothing against it, so an allegation from one story cannot become a fact.
/// </summary>
public static class CredibilityRules
{
    public static ImmutableArray<CredibilityRule> Table { get; } =
    [
        new(1, 5, "no positive claim supports it: only denials or negations carry it",
            e => e.SupportingStories == 0 && e.DeceptiveStories == 0),
        new(2, 6, "only sources graded G (deliberately deceptive) support it",
            e => e.SupportingStories == 0),
        new(3, 4, "as many independent stories deny or negate it as support it",
            e => e.CounterStories >= e.SupportingStories),
        new(4, 6, "every supporting claim is speculative (may, might, could)",
            e => e.SpeculativeOnly),
        new(5, 1, "two or more independent stories state it plainly and nothing stands against it",
            e => e.AssertingStories >= 2 && !e.Contested),
        new(6, 2, "two or more independent stories state, report or assess it and nothing stands against it",
            e => e.AttributingStories >= 2 && !e.Contested),
        new(7, 2, "one story states it plainly and nothing stands against it",
            e => e.AssertingStories >= 1 && !e.Contested),
        new(8, 3, "a story states, reports or assesses it, but it rests on one story or is contested",
            e => e.AttributingStories >= 1),
        new(9, 3, "two or more independent stories allege or speculate it, none states it",
            e => e.SupportingStories >= 2),
        new(10, 4, "one story alleges it, none states, reports or assesses it",
            _ => true),
    ];

    /// <summary>The first row of <see cref="Table"/> that applies.</summary>
    public static CredibilityRule Grade(CredibilityEvidence evidence) => Table.First(r => r.Applies(evidence));

    /// <summary>The Admiralty words for a credibility number.</summary>
    public static string Words(int credibility) => credibility switch
    {
        1 => "confirmed",
        2 => "probably true",
        3 => "possibly true",
        4 => "doubtful",
        5 => "improbable",
        6 => "cannot be judged",
        _ => throw new ArgumentOutOfRangeException(nameof(credibility), "Credibility is graded 1 to 6."),
    };
}
