using Nexus.Analysis.Assessment;

namespace Nexus.Web.Api;

/// <summary>The <c>min_grade</c> query value of the endpoints that filter by grade: <c>B2</c>, <c>3</c> or <c>B</c>.</summary>
internal static class GradeQuery
{
    /// <summary>False, with the error, when <paramref name="text"/> is not a grade; <paramref name="floor"/> is null when it is absent.</summary>
    public static bool TryRead(string? text, out GradeFloor? floor, out ValidationProblem? error)
    {
        floor = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text) || GradeFloor.TryParse(text, out floor))
        {
            return true;
        }
        error = Problems.Invalid("min_grade", GradeFloor.Invalid(text));
        return false;
    }
}
