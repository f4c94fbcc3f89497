namespace Nexus.Text.Time;

/// <summary>
/// Expressions placed from the anchor (the publication date: "yesterday", "last month", "two years ago",
/// "recently") or from the last interval the text placed ("the following year", "two days later").
/// Without an anchor they are recognised but left unplaced.
/// </summary>
internal sealed partial class TimeParser
{
    private readonly record struct Count(int? Number, int Next)
    {
        /// <summary>"a few", "several": no number written.</summary>
        public bool IsVague => Number is null;
    }

    /// <summary>
    /// "today", "yesterday", "last night", "this week", "last month", "next year", "last March", "this
    /// Tuesday", and "the weekend" (the latest one begun on or before the anchor).
    /// </summary>
    private TimeMatch? Deictic(int i)
    {
        var dayPart = Word(i + 1) is "morning" or "afternoon" or "evening" or "night" ? 1 : 0;
        return Word(i) switch
        {
            "today" or "tonight" => DayFromAnchor(i + 1, 0),
            "yesterday" => DayFromAnchor(i + 1 + dayPart, -1),
            "tomorrow" => DayFromAnchor(i + 1 + dayPart, 1),
            "the" when Is(i + 1, "day") && Is(i + 2, "before") && Is(i + 3, "yesterday") => DayFromAnchor(i + 4, -2),
            "the" when Is(i + 1, "day") && Is(i + 2, "after") && Is(i + 3, "tomorrow") => DayFromAnchor(i + 4, 2),
            "this" when dayPart == 1 && !Is(i + 1, "night") => DayFromAnchor(i + 2, 0),
            "the" when Is(i + 1, "weekend") && !Is(i + 2, "of") => WholeUnit(i + 2, _anchor is { } anchor
                ? Weekend(CalendarMath.WeekdayOnOrBefore(anchor, DayOfWeek.Saturday))
                : TimeValue.Unplaced(TimeGranularity.Week)),
            "last" when Is(i + 1, "night") => DayFromAnchor(i + 2, -1),
            // "the last month of the war" is no deictic: the word before decides.
            "this" or "last" or "next" when !TimeVocabulary.Determiners.Contains(Word(i - 1)) => FromAnchor(i),
            _ => null,
        };
    }

    private TimeMatch DayFromAnchor(int next, int days) =>
        WholeUnit(next, _anchor is { } anchor ? CalendarMath.Day(anchor.AddDays(days)) : TimeValue.Unplaced(TimeGranularity.Day));

    /// <summary>"this/last/next" and a unit, weekend, season, month name or weekday, counted from the anchor.</summary>
    private TimeMatch? FromAnchor(int i)
    {
        var which = Word(i);
        var offset = which switch
        {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        var j = i + 1;
        var word = Word(j);
        if (TimeVocabulary.Units.TryGetValue(word, out var unit) && !word.EndsWith('s') && !(IsDash(j + 1) && Touches(j + 1)))
        {
            // "last decade" is a span of ten years back, read by Window.
            if (unit == TimeGranularity.Decade && offset < 0)
            {
                return null;
            }
            return WholeUnit(j + 1, _anchor is { } anchor
                ? CalendarMath.Containing(CalendarMath.Shift(anchor, unit, offset), unit)
                : TimeValue.Unplaced(unit));
        }
        if (word == "weekend")
        {
            return WholeUnit(j + 1, _anchor is { } anchor ? Weekend(anchor.AddDays(7 * offset)) : TimeValue.Unplaced(TimeGranularity.Week));
        }
        if (TimeVocabulary.Seasons.TryGetValue(word, out var season))
        {
            return WholeUnit(j + 1, _anchor is { } anchor
                ? SeasonOccurrence(anchor, season, which)
                : TimeValue.Unplaced(TimeGranularity.Season));
        }
        if (Token(j) is { IsCapitalized: true } && TimeVocabulary.MonthNames.TryGetValue(word, out var month))
        {
            return WholeUnit(j + 1, _anchor is { } anchor
                ? CalendarMath.Month(NamedMonthYear(anchor, month, offset), month)
                : TimeValue.Unplaced(TimeGranularity.Month));
        }
        if (Token(j) is { IsCapitalized: true } && TimeVocabulary.Weekdays.TryGetValue(word, out var day))
        {
            return WholeUnit(j + 1, _anchor is { } anchor
                ? CalendarMath.Day(NamedWeekday(anchor, day, offset))
                : TimeValue.Unplaced(TimeGranularity.Day));
        }
        return null;
    }

    /// <summary>The Saturday and Sunday of the week holding the date.</summary>
    private static TimeValue Weekend(DateOnly date)
    {
        var saturday = CalendarMath.Week(date).Start!.Value.AddDays(5);
        return new TimeValue(saturday, saturday.AddDays(1), TimeGranularity.Week);
    }

    /// <summary>"this March" is in the anchor's year; "last March" the latest before the anchor's month; "next March" the first after it.</summary>
    private static int NamedMonthYear(DateOnly anchor, int month, int offset) => offset switch
    {
        < 0 => month < anchor.Month ? anchor.Year : anchor.Year - 1,
        > 0 => month > anchor.Month ? anchor.Year : anchor.Year + 1,
        _ => anchor.Year,
    };

    /// <summary>"this Tuesday" is in the anchor's week; "last Tuesday" the latest before the anchor; "next Tuesday" the first after it.</summary>
    private static DateOnly NamedWeekday(DateOnly anchor, DayOfWeek day, int offset) => offset switch
    {
        < 0 => CalendarMath.WeekdayOnOrBefore(anchor.AddDays(-1), day),
        > 0 => CalendarMath.WeekdayOnOrBefore(anchor.AddDays(7), day),
        _ => CalendarMath.Week(anchor).Start!.Value.AddDays(((int)day + 6) % 7),
    };

    /// <summary>
    /// "two years ago", "a week ago" (the unit holding the anchor moved back), "a few years ago" (from five
    /// units back to two, approximate); "two days later", "a year earlier" (moved from the last date).
    /// </summary>
    private TimeMatch? Ago(int i)
    {
        if (CountAt(i) is not { } count || !TimeVocabulary.Units.TryGetValue(Word(count.Next), out var unit)
            || unit is not (TimeGranularity.Day or TimeGranularity.Week or TimeGranularity.Month or TimeGranularity.Year))
        {
            return null;
        }
        var after = count.Next + 1;
        var (origin, direction) = Word(after) switch
        {
            "ago" => (_anchor, -1),
            "later" when !count.IsVague => (ReferenceDate(forward: true), 1),
            "earlier" when !count.IsVague => (ReferenceDate(forward: false), -1),
            _ => (null, 0),
        };
        if (direction == 0)
        {
            return null;
        }
        if (origin is not { } from)
        {
            return WholeUnit(after + 1, TimeValue.Unplaced(unit));
        }
        if (count.Number is { } number)
        {
            return WholeUnit(after + 1, CalendarMath.Containing(CalendarMath.Shift(from, unit, direction * number), unit));
        }
        var value = new TimeValue(
            CalendarMath.Containing(CalendarMath.Shift(from, unit, -5), unit).Start,
            CalendarMath.Containing(CalendarMath.Shift(from, unit, -2), unit).End,
            unit);
        return new TimeMatch(after + 1, value, TimeQualifier.Approximate);
    }

    /// <summary>A count of units: "3", "two", "a", "a couple of"; "a few", "several", "many" are vague.</summary>
    private Count? CountAt(int i)
    {
        if (Token(i) is { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: <= 2, Value: > 0 } number && !GluedBefore(i))
        {
            return new Count(number.Value, i + 1);
        }
        if (Word(i) is "a" or "an" && Is(i + 1, "couple") && Is(i + 2, "of"))
        {
            return new Count(2, i + 3);
        }
        if (Word(i) is "a" && Is(i + 1, "few"))
        {
            return new Count(null, i + 2);
        }
        if (Word(i) is "few" or "several" or "many")
        {
            return new Count(null, i + 1);
        }
        return TimeVocabulary.Cardinals.TryGetValue(Word(i), out var value) ? new Count(value, i + 1) : null;
    }

    /// <summary>
    /// "the following year", "the next day", "the previous month", "the same year", "that year", "the year
    /// before", "later that year", and "the year" after "of" ("the end of the year"): the unit holding the
    /// last placed date, moved by one or not at all.
    /// </summary>
    private TimeMatch? Anaphoric(int i)
    {
        var (shift, unitAt, next) = Word(i) switch
        {
            "the" when Word(i + 1) is "following" or "next" or "subsequent" => (1, i + 2, i + 3),
            "the" when Word(i + 1) is "previous" or "preceding" => (-1, i + 2, i + 3),
            "the" when Is(i + 1, "same") => (0, i + 2, i + 3),
            "the" when Word(i + 2) is "before" or "after" && Token(i + 3) is not { Kind: TimeTokenKind.Word or TimeTokenKind.Number } =>
                (Is(i + 2, "after") ? 1 : -1, i + 1, i + 3),
            "the" when Word(i - 1) == "of" || (Word(i - 1) == "in" && Word(i - 2) is "early" or "late") => (0, i + 1, i + 2),
            "that" => (0, i + 1, i + 2),
            "later" or "earlier" when Is(i + 1, "that") => (0, i + 2, i + 3),
            _ => (0, -1, -1),
        };
        // "Person of the Year" is a title, not a time.
        if (unitAt < 0 || Word(unitAt) is not ("day" or "week" or "month" or "year") || _tokens[unitAt].IsCapitalized
            || (IsDash(unitAt + 1) && Touches(unitAt + 1)))
        {
            return null;
        }
        var unit = TimeVocabulary.Units[Word(unitAt)];
        return WholeUnit(next, ReferenceDate(forward: shift > 0) is { } origin
            ? CalendarMath.Containing(CalendarMath.Shift(origin, unit, shift), unit)
            : TimeValue.Unplaced(unit));
    }

    /// <summary>
    /// Spans reaching back from (or forward to) the anchor rather than calendar units: "recently" (the 12
    /// months before the anchor, approximate), "in recent years" and "the last years" (a vague count of
    /// units, approximate, see <see cref="TimeVocabulary.VagueCount"/>), "the past two years" (exactly two
    /// years back), "the coming months", "earlier this month" (the month's start to the anchor).
    /// </summary>
    private TimeMatch? Window(int i)
    {
        var j = Word(i) is "more" or "most" or "only" or "very" ? i + 1 : i;
        if (Word(j) is "recently" or "lately")
        {
            return Recently(j + 1);
        }
        var word = Word(i + 1);
        switch (Word(i))
        {
            case "of" when word == "late" && Token(i + 2) is not { Kind: TimeTokenKind.Word or TimeTokenKind.Number }:
                return Recently(i + 2);
            case "recent" when Is(i + 1, "times"):
                return Recently(i + 2);
            case "recent" when TimeVocabulary.Units.TryGetValue(word, out var unit) && word.EndsWith('s'):
                return Span(i + 2, unit, TimeVocabulary.VagueCount(unit), -1, TimeQualifier.Approximate);
            case "the" when word is "past" or "last":
                return CountedSpan(i + 2, -1);
            case "the" when word is "coming" or "next":
                return CountedSpan(i + 2, 1);
            case "last" when word == "decade" && !TimeVocabulary.Determiners.Contains(Word(i - 1)):
                return Span(i + 2, TimeGranularity.Decade, 1, -1, TimeQualifier.Within);
            case "earlier" or "later" when Is(i + 1, "this") && Word(i + 2) is "week" or "month" or "year":
                return PartOfCurrent(i + 3, TimeVocabulary.Units[Word(i + 2)], Is(i, "earlier"));
            case "so" when word == "far" && Is(i + 2, "this") && Word(i + 3) is "week" or "month" or "year":
                return PartOfCurrent(i + 4, TimeVocabulary.Units[Word(i + 3)], before: true);
            case "earlier" when word == "today":
                return DayFromAnchor(i + 2, 0);
            default:
                return null;
        }
    }

    private TimeMatch Recently(int next) => Span(next, TimeGranularity.Year, 1, -1, TimeQualifier.Approximate);

    /// <summary>After "the past/last" or "the coming/next": "two years", "few months", "years", "year".</summary>
    private TimeMatch? CountedSpan(int i, int direction)
    {
        var count = Word(i) is "a" or "an" ? null : CountAt(i);
        var unitAt = count?.Next ?? i;
        var word = Word(unitAt);
        if (word is "hours" && count is { Number: { } hours })
        {
            // "the past 24 hours": whole days, the smallest unit kept.
            return Span(unitAt + 1, TimeGranularity.Day, (hours + 23) / 24, direction, TimeQualifier.Within);
        }
        if (!TimeVocabulary.Units.TryGetValue(word, out var unit) || Is(unitAt + 1, "of"))
        {
            return null;
        }
        var plural = word.EndsWith('s');
        if (count is { Number: { } number })
        {
            if (unit == TimeGranularity.Century && number > 9)
            {
                return null;
            }
            return Span(unitAt + 1, unit, number, direction, TimeQualifier.Within);
        }
        if (count is not null || plural)
        {
            return Span(unitAt + 1, unit, TimeVocabulary.VagueCount(unit), direction, TimeQualifier.Approximate);
        }
        // "the next year" is anaphoric; "the coming year" and "the past year" are spans of one year.
        return direction > 0 && Word(i - 1) == "next" ? null : Span(unitAt + 1, unit, 1, direction, TimeQualifier.Within);
    }

    /// <summary>From the anchor <paramref name="count"/> units back (direction -1) or forward (+1).</summary>
    private TimeMatch Span(int next, TimeGranularity unit, int count, int direction, TimeQualifier qualifier)
    {
        var value = _anchor is { } anchor
            ? direction < 0
                ? new TimeValue(CalendarMath.Shift(anchor, unit, -count), anchor, unit)
                : new TimeValue(anchor, CalendarMath.Shift(anchor, unit, count), unit)
            : TimeValue.Unplaced(unit);
        return new TimeMatch(next, value, qualifier);
    }

    /// <summary>"earlier this month": the month's first day to the anchor; "later this year": the anchor to the year's end.</summary>
    private TimeMatch PartOfCurrent(int next, TimeGranularity unit, bool before)
    {
        if (_anchor is not { } anchor)
        {
            return new TimeMatch(next, TimeValue.Unplaced(unit));
        }
        var current = CalendarMath.Containing(anchor, unit);
        return new TimeMatch(next, before ? current with { End = anchor } : current with { Start = anchor });
    }
}
