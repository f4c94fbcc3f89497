namespace Nexus.Web.Api;

/// <summary>
/// An enum value in a query string, written as the API writes it in JSON (<c>member_of</c>,
/// <c>PERSON</c>, <c>military_platform</c>); case and underscores are ignored, numbers refused.
/// </summary>
public readonly record struct QueryEnum<T>(T Value)
    where T : struct, Enum
{
    public static bool TryParse(string? text, out QueryEnum<T> result)
    {
        result = default;
        if (string.IsNullOrEmpty(text) || !char.IsLetter(text[0])
            || !Enum.TryParse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) || !Enum.IsDefined(value))
        {
            return false;
        }
        result = new QueryEnum<T>(value);
        return true;
    }
}
