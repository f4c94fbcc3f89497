using System.Text.RegularExpressions;
using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Tests.Grading;

/// <summary>The credibility table, row by row, and the promises it keeps whatever the counts.</summary>
public sealed partial class CredibilityRulesTests
{
    public static TheoryData<int, int, CredibilityEvidence> Rows() => new()
    {
        { 1, 5, new CredibilityEvidence { CounterStories = 2 } },
        { 2, 6, new CredibilityEvidence { DeceptiveStories = 1, AssertingStories = 0 } },
        { 3, 4, new CredibilityEvidence { SupportingStories = 1, AssertingStories = 1, AttributingStories = 1, CounterStories = 1 } },
        { 4, 6, new CredibilityEvidence { SupportingStories = 2, SpeculativeOnly = true } },
        { 5, 1, new CredibilityEvidence { SupportingStories = 2, AssertingStories = 2, AttributingStories = 2 } },
        { 6, 2, new CredibilityEvidence { SupportingStories = 2, AssertingStories = 1, AttributingStories = 2 } },
        { 6, 2, new CredibilityEvidence { SupportingStories = 2, AttributingStories = 2 } },
        { 7, 2, new CredibilityEvidence { SupportingStories = 1, AssertingStories = 1, AttributingStories = 1 } },
        { 8, 3, new CredibilityEvidence { SupportingStories = 1, AttributingStories = 1 } },
        { 8, 3, new CredibilityEvidence { SupportingStories = 2, AssertingStories = 2, AttributingStories = 2, RoleConflict = true } },
        { 8, 3, new CredibilityEvidence { SupportingStories = 3, AssertingStories = 3, AttributingStories = 3, CounterStories = 1 } },
        { 9, 3, new CredibilityEvidence { SupportingStories = 2 } },
        { 10, 4, new CredibilityEvidence { SupportingStories = 1 } },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachRowGivesItsCredibility(int row, int credibility, CredibilityEvidence evidence)
    {
        var rule = CredibilityRules.Grade(evidence);

        Assert.Equal(row, rule.Row);
        Assert.Equal(credibility, rule.Credibility);
    }

    [Fact]
    public void EveryRowIsReachable()
    {
        var reached = Rows().Select(r => (int)r[0]).ToHashSet();

        Assert.Equal(CredibilityRules.Table.Select(r => r.Row), reached.Order());
    }

    [Fact]
    public void TheDocumentedTableIsTheTableInCode()
    {
        var markdown = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Nexus.Analysis", "GRADING.md"));
        var documented = TableRow().Matches(markdown)
            .Select(m => (Row: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Credibility: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Words: m.Groups[3].Value, Condition: m.Groups[4].Value))
            .ToList();

        Assert.Equal(CredibilityRules.Table.Select(r => (r.Row, r.Credibility, CredibilityRules.Words(r.Credibility), r.Condition)), documented);
    }

    [Fact]
    public void NothingFromOneStoryIsEverConfirmed()
    {
        Assert.All(AllEvidence().Where(e => e.SupportingStories <= 1), e => Assert.NotEqual(1, CredibilityRules.Grade(e).Credibility));
    }

    [Fact]
    public void NothingOnlyReportedAllegedOrSpeculatedIsEverConfirmed()
    {
        Assert.All(AllEvidence().Where(e => e.AssertingStories < 2), e => Assert.NotEqual(1, CredibilityRules.Grade(e).Credibility));
    }

    [Fact]
    public void ContestedAssertionsAreNeverBetterThanPossiblyTrue()
    {
        Assert.All(AllEvidence().Where(e => e.Contested), e => Assert.True(CredibilityRules.Grade(e).Credibility >= 3));
    }

    [Fact]
    public void AllegationsAloneNeverRiseAbovePossiblyTrue()
    {
        Assert.All(AllEvidence().Where(e => e.AttributingStories == 0), e => Assert.True(CredibilityRules.Grade(e).Credibility >= 3));
    }

    [Fact]
    public void MoreIndependentStatementsNeverLowerTheGrade()
    {
        foreach (var e in AllEvidence().Where(e => e.AssertingStories < 3))
        {
            var more = e with
            {
                SupportingStories = e.SupportingStories + 1,
                AssertingStories = e.AssertingStories + 1,
                AttributingStories = e.AttributingStories + 1,
                SpeculativeOnly = false,
            };
            Assert.True(CredibilityRules.Grade(more).Credibility <= CredibilityRules.Grade(e).Credibility, $"{e} → {more}");
        }
    }

    [Fact]
    public void RationaleNamesTheRowAndItsWords()
    {
        var rule = CredibilityRules.Grade(new CredibilityEvidence { SupportingStories = 2, AttributingStories = 2 });

        Assert.Equal("row 6 (2, probably true): two or more independent stories state, report or assess it and nothing stands against it", rule.Rationale);
    }

    /// <summary>Every consistent combination of up to three stories on each side.</summary>
    private static IEnumerable<CredibilityEvidence> AllEvidence() =>
        from supporting in Enumerable.Range(0, 4)
        from attributing in Enumerable.Range(0, supporting + 1)
        from asserting in Enumerable.Range(0, attributing + 1)
        from speculative in new[] { false, true }
        where !speculative || (attributing == 0 && supporting > 0)
        from deceptive in Enumerable.Range(0, 2)
        from counter in Enumerable.Range(0, 4)
        from roles in new[] { false, true }
        select new CredibilityEvidence
        {
            SupportingStories = supporting,
            AttributingStories = attributing,
            AssertingStories = asserting,
            SpeculativeOnly = speculative,
            DeceptiveStories = deceptive,
            CounterStories = counter,
            RoleConflict = roles,
        };

    [GeneratedRegex(@"^\| (\d+) \| (\d) ([a-z ]+) \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
