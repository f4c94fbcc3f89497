namespace Nexus.Text.Time;

/// <summary>Calendar units as inclusive date intervals, and the rules that divide and place them.</summary>
internal static class CalendarMath
{
    public static TimeValue Day(DateOnly date) => new(date, date, TimeGranularity.Day);

    public static TimeValue Month(int year, int month) => Months(year, month, 1, TimeGranularity.Month);

    public static TimeValue Quarter(int year, int quarter) => Months(year, (3 * quarter) - 2, 3, TimeGranularity.Quarter);

    public static TimeValue Half(int year, int half) => Months(year, (6 * half) - 5, 6, TimeGranularity.Half);

    /// <summary>
    /// Meteorological seasons of the northern hemisphere: spring March–May, summer June–August,
    /// autumn September–November, winter December of <paramref name="year"/> to February of the next.
    /// </summary>
    public static TimeValue Season(int year, int season) => Months(year, 3 + (3 * season), 3, TimeGranularity.Season);

    public static TimeValue Year(int year) => Years(year, 1, TimeGranularity.Year);

    public static TimeValue Decade(int firstYear) => Years(firstYear, 10, TimeGranularity.Decade);

    /// <summary>Centuries as commonly written: the 20th century is 1900–1999.</summary>
    public static TimeValue Century(int firstYear) => Years(firstYear, 100, TimeGranularity.Century);

    /// <summary>The Monday-to-Sunday week (ISO 8601) holding the date.</summary>
    public static TimeValue Week(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6), TimeGranularity.Week);
    }

    /// <summary>The unit of the given size that holds the date.</summary>
    public static TimeValue Containing(DateOnly date, TimeGranularity unit) => unit switch
    {
        TimeGranularity.Day => Day(date),
        TimeGranularity.Week => Week(date),
        TimeGranularity.Month => Month(date.Year, date.Month),
        TimeGranularity.Season => date.Month switch
        {
            <= 2 => Season(date.Year - 1, 3),
            12 => Season(date.Year, 3),
            _ => Season(date.Year, (date.Month - 3) / 3),
        },
        TimeGranularity.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        TimeGranularity.Half => Half(date.Year, ((date.Month - 1) / 6) + 1),
        TimeGranularity.Year => Year(date.Year),
        TimeGranularity.Decade => Decade(date.Year - (date.Year % 10)),
        _ => Century(date.Year - (date.Year % 100)),
    };

    /// <summary>The date moved by <paramref name="count"/> units (negative: back).</summary>
    public static DateOnly Shift(DateOnly date, TimeGranularity unit, int count) => unit switch
    {
        TimeGranularity.Day => date.AddDays(count),
        TimeGranularity.Week => date.AddDays(7 * count),
        TimeGranularity.Month => date.AddMonths(count),
        TimeGranularity.Season or TimeGranularity.Quarter => date.AddMonths(3 * count),
        TimeGranularity.Half => date.AddMonths(6 * count),
        TimeGranularity.Year => date.AddYears(count),
        TimeGranularity.Decade => date.AddYears(10 * count),
        _ => date.AddYears(100 * count),
    };

    /// <summary>
    /// The early (0), mid (1) or late (2) part of a unit; null for a day, which is not divided. A week
    /// splits into Monday–Tuesday, Wednesday–Thursday and Friday–Sunday; a month into days 1–10, 11–20 and
    /// 21 to the end; year, half, quarter and season into three
    /// equal runs of whole months; a decade into years 0–3, 4–6 and 7–9; a century into years 0–33,
    /// 34–66 and 67–99. An unplaced value stays unplaced.
    /// </summary>
    public static TimeValue? Third(TimeValue value, int part)
    {
        if (value is not { Start: { } start, End: { } end })
        {
            return value.Granularity is TimeGranularity.Day ? null : value;
        }
        switch (value.Granularity)
        {
            case TimeGranularity.Month:
                var first = start.AddDays(10 * part);
                return value with { Start = first, End = part == 2 ? end : first.AddDays(9) };
            case TimeGranularity.Year or TimeGranularity.Half or TimeGranularity.Quarter or TimeGranularity.Season:
                var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
                var from = start.AddMonths(months / 3 * part);
                return value with { Start = from, End = from.AddMonths(months / 3).AddDays(-1) };
            case TimeGranularity.Week:
                var monday = start.AddDays(part * 2);
                return value with { Start = monday, End = part == 2 ? end : monday.AddDays(1) };
            case TimeGranularity.Decade:
                return YearRun(value, start.Year, part, [0, 4, 7, 10]);
            case TimeGranularity.Century:
                return YearRun(value, start.Year, part, [0, 34, 67, 100]);
            default:
                return null;
        }
    }

    /// <summary>
    /// The year of the latest occurrence of a month that began on or before the anchor: in February 2026
    /// "March" is March 2025 and "February" is February 2026.
    /// </summary>
    public static int YearOfMonth(DateOnly anchor, int month) => month <= anchor.Month ? anchor.Year : anchor.Year - 1;

    /// <summary>The most recent date with this weekday, the anchor itself included.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly anchor, DayOfWeek day) =>
        anchor.AddDays(-(((int)anchor.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The date with this day of month, in the given month or the nearest earlier one that has it.</summary>
    public static DateOnly? DayOnOrBefore(DateOnly anchor, int day)
    {
        var month = new DateOnly(anchor.Year, anchor.Month, 1);
        if (day > anchor.Day)
        {
            month = month.AddMonths(-1);
        }
        for (var tries = 0; tries < 3; tries++, month = month.AddMonths(-1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                return new DateOnly(month.Year, month.Month, day);
            }
        }
        return null;
    }

    public static bool IsValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static TimeValue Months(int year, int month, int count, TimeGranularity granularity)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(count).AddDays(-1), granularity);
    }

    private static TimeValue Years(int firstYear, int count, TimeGranularity granularity) =>
        new(new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + count - 1, 12, 31), granularity);

    private static TimeValue YearRun(TimeValue value, int firstYear, int part, ReadOnlySpan<int> bounds) =>
        value with
        {
            Start = new DateOnly(firstYear + bounds[part], 1, 1),
            End = new DateOnly(firstYear + bounds[part + 1] - 1, 12, 31),
        };
}
