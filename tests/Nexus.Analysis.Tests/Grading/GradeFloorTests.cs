using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Tests.Grading;

/// <summary>"Graded B3 or better", as analysts write it.</summary>
public sealed class GradeFloorTests
{
    [Theory]
    [InlineData("B3", "A1", true)]
    [InlineData("B3", "B3", true)]
    [InlineData("B3", "C1", false)]
    [InlineData("B3", "B4", false)]
    [InlineData("3", "F3", true)]
    [InlineData("3", "A4", false)]
    [InlineData("b", "B6", true)]
    [InlineData(" B ", "C1", false)]
    public void AFloorAdmitsGradesThatGoodOrBetter(string floor, string grade, bool admitted)
    {
        Assert.True(GradeFloor.TryParse(floor, out var parsed));
        var reliability = Enum.Parse<SourceReliability>(grade[..1]);

        Assert.Equal(admitted, parsed.Admits(new AdmiraltyGrade(reliability, grade[1] - '0')));
    }

    [Theory]
    [InlineData("")]
    [InlineData("H3")]
    [InlineData("B7")]
    [InlineData("0")]
    [InlineData("B32")]
    [InlineData("3B")]
    public void TextThatIsNotAGradeIsRefused(string text)
    {
        Assert.False(GradeFloor.TryParse(text, out _));
        Assert.Contains($"\"{text}\" is not a grade", GradeFloor.Invalid(text), StringComparison.Ordinal);
    }
}
