using System.Globalization;

namespace Nexus.Ingest.Metadata;

/// <summary>
/// Finds the dates news pages print: "27 February 2026", "February 27, 2026", "Feb. 27th 2026",
/// "2026-02-27T15:49:00+05:30", "27/02/2026", with a time of day such as "03:49 PM" or "15:49" nearby.
/// Numeric dates are read only when their order is unambiguous or stated by the caller.
/// </summary>
internal static partial class DateParser
{
    private const string MonthPattern =
        "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /// <summary>The first date in the text, with a time of day found anywhere in it.</summary>
    public static DateFound? Find(string text, DateOrder order)
    {
        var date = FindDate(text, order);
        if (date is null)
        {
            return null;
        }
        if (date.Time is not null)
        {
            return date;
        }
        var time = FindTime(text);
        return time is null
            ? date
            : date with { Time = time.Value.Time, Start = Math.Min(date.Start, time.Value.Start), End = Math.Max(date.End, time.Value.End) };
    }

    /// <summary>Parses a machine date (ISO 8601, RFC 1123) such as an HTML datetime attribute.</summary>
    public static DateFound? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        if (Iso().Match(text) is { Success: true } iso)
        {
            return FromIso(iso);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            var hasTime = text.Contains(':', StringComparison.Ordinal);
            return new DateFound(DateOnly.FromDateTime(parsed.DateTime), hasTime ? TimeOnly.FromDateTime(parsed.DateTime) : null, 0, text.Length);
        }
        return Find(text, DateOrder.Unknown);
    }

    private static DateFound? FindDate(string text, DateOrder order)
    {
        DateFound? best = null;
        foreach (var candidate in Candidates(text, order))
        {
            if (best is null || candidate.Start < best.Start)
            {
                best = candidate;
            }
        }
        return best;
    }

    private static IEnumerable<DateFound> Candidates(string text, DateOrder order)
    {
        if (Iso().Match(text) is { Success: true } iso && FromIso(iso) is { } isoDate)
        {
            yield return isoDate;
        }
        if (DayMonthYear().Match(text) is { Success: true } dmy && Make(dmy, int.Parse(dmy.Groups["day"].Value, CultureInfo.InvariantCulture)) is { } dmyDate)
        {
            yield return dmyDate;
        }
        if (MonthDayYear().Match(text) is { Success: true } mdy && Make(mdy, int.Parse(mdy.Groups["day"].Value, CultureInfo.InvariantCulture)) is { } mdyDate)
        {
            yield return mdyDate;
        }
        if (Numeric().Match(text) is { Success: true } numeric && FromNumeric(numeric, order) is { } numericDate)
        {
            yield return numericDate;
        }
    }

    private static DateFound? Make(Match match, int day)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return Valid(year, month, day)
            ? new DateFound(new DateOnly(year, month, day), null, match.Index, match.Index + match.Length)
            : null;
    }

    private static DateFound? FromIso(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (!Valid(year, month, day))
        {
            return null;
        }
        TimeOnly? time = null;
        if (match.Groups["hour"].Success)
        {
            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
            time = hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
        }
        return new DateFound(new DateOnly(year, month, day), time, match.Index, match.Index + match.Length);
    }

    private static DateFound? FromNumeric(Match match, DateOrder order)
    {
        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int day, month;
        if (first > 12 && second <= 12)
        {
            (day, month) = (first, second);
        }
        else if (second > 12 && first <= 12)
        {
            (day, month) = (second, first);
        }
        else if (first == second || order == DateOrder.DayFirst)
        {
            (day, month) = (first, second);
        }
        else if (order == DateOrder.MonthFirst)
        {
            (day, month) = (second, first);
        }
        else
        {
            return null;
        }
        return Valid(year, month, day)
            ? new DateFound(new DateOnly(year, month, day), null, match.Index, match.Index + match.Length)
            : null;
    }

    private static (TimeOnly Time, int Start, int End)? FindTime(string text)
    {
        foreach (Match match in Time().Matches(text))
        {
            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["half"].Success)
            {
                if (hour is < 1 or > 12)
                {
                    continue;
                }
                var pm = match.Groups["half"].Value is "p" or "P";
                hour = (hour % 12) + (pm ? 12 : 0);
            }
            if (hour < 24 && minute < 60)
            {
                return (new TimeOnly(hour, minute), match.Index, match.Index + match.Length);
            }
        }
        return null;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int MonthNumber(string name) =>
        name[..3].ToUpperInvariant() switch
        {
            "JAN" => 1,
            "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "MAY" => 5,
            "JUN" => 6,
            "JUL" => 7,
            "AUG" => 8,
            "SEP" => 9,
            "OCT" => 10,
            "NOV" => 11,
            _ => 12,
        };

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthPattern + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthPattern + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<first>\d{1,2})(?<sep>[/.\-])(?<second>\d{1,2})\k<sep>(?<year>\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<hour>\d{1,2})(?::(?<minute>\d{2})(?::\d{2})?(?:\s*(?<half>[AaPp])\.?\s?[Mm]\b\.?)?|\.(?<minute>\d{2})\s*(?<half>[AaPp])\.?\s?[Mm]\b\.?)(?![\d/.\-]\d)")]
    private static partial Regex Time();
}
