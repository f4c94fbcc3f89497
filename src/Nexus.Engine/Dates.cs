using System.Globalization;

namespace Nexus.Engine;

/// <summary>ISO 8601 calendar dates, the only date format Nexus writes.</summary>
public static class Dates
{
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
