using System.Diagnostics.CodeAnalysis;

namespace Nexus.Analysis.Assessment;

/// <summary>
/// The worst grade a filter keeps, written as analysts write grades: a credibility (<c>3</c> keeps
/// 1 to 3), a source reliability (<c>B</c> keeps A and B) or both (<c>B3</c>).
/// </summary>
public sealed record GradeFloor(SourceReliability? Reliability, int? Credibility)
{
    /// <summary>The one sentence that tells a user <paramref name="text"/> is not a grade.</summary>
    public static string Invalid(string text) =>
        $"\"{text}\" is not a grade: give a credibility 1-6 (3), a reliability A-G (B) or both (B3).";

    public static bool TryParse(string? text, [NotNullWhen(true)] out GradeFloor? floor)
    {
        floor = null;
        var grade = text?.Trim() ?? "";
        if (grade.Length == 0)
        {
            return false;
        }
        var letter = char.IsLetter(grade[0]) ? grade[..1] : null;
        var number = letter is null ? grade : grade[1..];
        SourceReliability? reliability = null;
        if (letter is not null)
        {
            if (!SourceGrades.TryParse(letter, out var parsed))
            {
                return false;
            }
            reliability = parsed;
        }
        if (number.Length > 0 && number is not ("1" or "2" or "3" or "4" or "5" or "6"))
        {
            return false;
        }
        floor = new GradeFloor(reliability, number.Length > 0 ? number[0] - '0' : null);
        return true;
    }

    public bool Admits(AdmiraltyGrade grade) =>
        (Credibility is not { } worst || grade.Credibility <= worst) && (Reliability is not { } letter || grade.Reliability <= letter);
}
