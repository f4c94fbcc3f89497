namespace Nexus.Text.Time;

/// <summary>Dates, months and years written out, and the rules that tell a year from another number.</summary>
internal sealed partial class TimeParser
{
    /// <summary>How the word before a four-digit number bears on its being a year.</summary>
    private enum YearSetting
    {
        /// <summary>"in 2015", "since 2015": a year, whatever follows.</summary>
        Preposition,

        /// <summary>"the 2020 arrest": a year used as a modifier.</summary>
        Determiner,

        /// <summary>No telling word: a year unless a counted noun follows ("2000 fighters").</summary>
        Bare,

        /// <summary>"page 2015", "Resolution 2178", "$2015": never a year.</summary>
        Label,
    }

    private readonly record struct YearReference(int Next, int? Year);

    private TimeMatch? Calendar(int i, Leniency leniency) => Longest(
        NumericDate(i), DayMonth(i), MonthDay(i), MonthYear(i), MonthAlone(i, leniency), YearAlone(i, leniency), OrdinalDay(i),
        (leniency & Leniency.BareDay) != 0 && DayAt(i) is { } day
            ? new TimeMatch(i + 1, TimeValue.Unplaced(TimeGranularity.Day), Parts: new CalendarParts(null, null, day))
            : null);

    private TimeMatch? Calendar(int next, CalendarParts parts) =>
        Resolve(parts) is { } value ? new TimeMatch(next, value, IsUnit: true, Parts: parts) : null;

    /// <summary>
    /// 2026-02-27, 2026/02/27 and 2024-03 year first; 27/02/2026, 27.02.2026 and 27-02-2026 day first,
    /// unless only month first makes a date (02/27/2026).
    /// </summary>
    private TimeMatch? NumericDate(int i)
    {
        if (Token(i) is not { Kind: TimeTokenKind.Number, Suffix: "" } first || Token(i + 1) is not { Text: "-" or "/" or "." } separator
            || !Touches(i + 1) || !Touches(i + 2) || Token(i + 2) is not { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: <= 2 } second
            || GluedBefore(i))
        {
            return null;
        }
        var third = IsPunctuation(i + 3, separator.Text) && Touches(i + 3) && Touches(i + 4)
            && Token(i + 4) is { Kind: TimeTokenKind.Number, Suffix: "" } last ? last : null;
        if (first.Digits.Length == 4)
        {
            if (third is not null)
            {
                return third.Digits.Length <= 2 && !GluedAfter(i + 4) ? Calendar(i + 5, new CalendarParts(first.Value, second.Value, third.Value)) : null;
            }
            // "2024-03" is a month; "2015-16" continues the year as a range.
            var month = separator.Text == "-" && second.Digits.Length == 2 && !GluedAfter(i + 2)
                && (second.Digits[0] == '0' || second.Value <= first.Value % 100);
            return month ? Calendar(i + 3, new CalendarParts(first.Value, second.Value, null)) : null;
        }
        if (third is not { Digits.Length: 4 } year || first.Digits.Length > 2 || GluedAfter(i + 4))
        {
            return null;
        }
        var (day, monthNumber) = second.Value <= 12 ? (first.Value, second.Value) : (second.Value, first.Value);
        return Calendar(i + 5, new CalendarParts(year.Value, monthNumber, day));
    }

    /// <summary>"27 February 2026", "27th of Feb. 2026", "the 21st of March", "3 March".</summary>
    private TimeMatch? DayMonth(int i)
    {
        var the = Is(i, "the");
        var j = the ? i + 1 : i;
        if (DayAt(j) is not { } day || (the && _tokens[j].Suffix.Length == 0))
        {
            return null;
        }
        j = Is(j + 1, "of") ? j + 2 : j + 1;
        return MonthAt(j) is var (month, next) ? WithYear(next, month, day) : null;
    }

    /// <summary>"(on) the 21st" with no month after it: the latest 21st on or before the anchor.</summary>
    private TimeMatch? OrdinalDay(int i)
    {
        if (!Is(i, "the") || DayAt(i + 1) is not { } day || _tokens[i + 1].Suffix.Length == 0
            || Token(i + 2) is { Kind: TimeTokenKind.Word or TimeTokenKind.Number })
        {
            return null;
        }
        return WholeUnit(i + 2, _anchor is { } anchor && CalendarMath.DayOnOrBefore(anchor, day) is { } date
            ? CalendarMath.Day(date)
            : TimeValue.Unplaced(TimeGranularity.Day));
    }

    /// <summary>"February 27, 2026", "Feb 27th", "March 3".</summary>
    private TimeMatch? MonthDay(int i) =>
        MonthAt(i) is var (month, j) && DayAt(j) is { } day ? WithYear(j + 1, month, day) : null;

    /// <summary>A month and day, with the year after them when one is written.</summary>
    private TimeMatch? WithYear(int j, int month, int day)
    {
        var k = IsPunctuation(j, ",") ? j + 1 : j;
        return YearNumber(k) is { } year
            ? Calendar(k + 1, new CalendarParts(year, month, day))
            : Calendar(j, new CalendarParts(null, month, day));
    }

    /// <summary>"February 2026", "Feb. 2026", "March of 2024", "March last year".</summary>
    private TimeMatch? MonthYear(int i)
    {
        if (MonthAt(i) is not var (month, j))
        {
            return null;
        }
        var k = Is(j, "of") || IsPunctuation(j, ",") ? j + 1 : j;
        if (YearNumber(k) is { } year)
        {
            return Calendar(k + 1, new CalendarParts(year, month, null));
        }
        if (YearRef(k) is not { } reference)
        {
            return null;
        }
        return reference.Year is { } referenceYear
            ? Calendar(reference.Next, new CalendarParts(referenceYear, month, null))
            : WholeUnit(reference.Next, TimeValue.Unplaced(TimeGranularity.Month));
    }

    /// <summary>A month name alone, after a word that makes it a time ("in March", "until June").</summary>
    private TimeMatch? MonthAlone(int i, Leniency leniency)
    {
        if (Token(i) is not { IsCapitalized: true } token || !TimeVocabulary.MonthNames.TryGetValue(token.Lower, out var month))
        {
            return null;
        }
        var previous = Word(i - 1);
        // A month also modifies a noun ("the February assassination", "a December blast", "for June
        // delivery", "December's figures"); "May" does not, being a modal verb and a surname.
        var context = (leniency & Leniency.BareMonth) != 0
            || TimeVocabulary.MonthContext.Contains(previous)
            || (month != 5 && (TimeVocabulary.Determiners.Contains(previous) || previous == "for"
                || (IsApostrophe(i + 1) && Touches(i + 1) && Is(i + 2, "s"))));
        return context ? Calendar(i + 1, new CalendarParts(null, month, null)) : null;
    }

    /// <summary>A four-digit number read as a year where the words around it allow (see <see cref="YearSetting"/>).</summary>
    private TimeMatch? YearAlone(int i, Leniency leniency)
    {
        if (Token(i) is not { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: 4 } token || GluedAfter(i) || GluedBefore(i))
        {
            return null;
        }
        var setting = (leniency & Leniency.Year) != 0 ? YearSetting.Preposition : YearSettingOf(i);
        var year = setting switch
        {
            YearSetting.Preposition => token.Value is >= 1000 and <= 2199 && !Follows(i, TimeVocabulary.MeasureWords),
            YearSetting.Determiner => token.Value is >= 1900 and <= 2099 && !Follows(i, TimeVocabulary.MeasureWords),
            YearSetting.Bare => token.Value is >= 1900 and <= 2099 && !CountFollows(i),
            _ => false,
        };
        return year ? Calendar(i + 1, new CalendarParts(token.Value, null, null)) : null;
    }

    private YearSetting YearSettingOf(int i)
    {
        if (Token(i - 1) is not { } previous)
        {
            return YearSetting.Bare;
        }
        if (previous.Kind == TimeTokenKind.Punctuation)
        {
            return previous.Text is "$" or "€" or "£" or "¥" or "₹" or "#" or "№" or "+" && Touches(i) ? YearSetting.Label : YearSetting.Bare;
        }
        if (previous.Kind == TimeTokenKind.Number)
        {
            return YearSetting.Label;
        }
        if (TimeVocabulary.YearPrepositions.Contains(previous.Lower))
        {
            return YearSetting.Preposition;
        }
        if (TimeVocabulary.Determiners.Contains(previous.Lower))
        {
            return YearSetting.Determiner;
        }
        // Identifiers follow a label ("Resolution 2178", "page 2015") or an acronym ("UNSCR 2178"); a
        // capitalised word alone may be an event named with its year ("the UK-France Summit 2016").
        return TimeVocabulary.NumberLabels.Contains(previous.Lower) || IsAcronym(previous)
            ? YearSetting.Label
            : YearSetting.Bare;
    }

    private static bool IsAcronym(TimeToken token) =>
        token is { Kind: TimeTokenKind.Word, Text.Length: >= 2 } && token.Text.All(char.IsUpper);

    private bool Follows(int i, IReadOnlySet<string> words) => words.Contains(Word(i + 1));

    /// <summary>Whether the number at <paramref name="i"/> counts the noun after it ("2000 fighters", "1500 people").</summary>
    private bool CountFollows(int i)
    {
        if (Token(i + 1) is not { Kind: TimeTokenKind.Word, IsCapitalized: false } next)
        {
            return false;
        }
        var word = next.Lower;
        return TimeVocabulary.MeasureWords.Contains(word)
            || TimeVocabulary.CountNouns.Contains(word)
            || (word.Length >= 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
                && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
                && !TimeVocabulary.NotPlurals.Contains(word));
    }

    /// <summary>A year written out inside a date phrase ("February 2026"), where any of 1000–2999 will do.</summary>
    private int? YearNumber(int i) =>
        Token(i) is { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: 4, Value: >= 1000 and <= 2999 } token && !GluedAfter(i)
            ? token.Value
            : null;

    /// <summary>A year named relative to the anchor or to the last date ("last year", "the following year", "the year").</summary>
    private YearReference? YearRef(int i)
    {
        if (YearNumber(i) is { } year)
        {
            return new YearReference(i + 1, year);
        }
        var deictic = Word(i) switch
        {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => (int?)null,
        };
        if (deictic is { } offset && Is(i + 1, "year"))
        {
            return new YearReference(i + 2, _anchor?.Year + offset);
        }
        if (Is(i, "that") && Is(i + 1, "year"))
        {
            return new YearReference(i + 2, ReferenceDate(forward: false)?.Year);
        }
        if (!Is(i, "the"))
        {
            return null;
        }
        if (Is(i + 1, "year"))
        {
            return new YearReference(i + 2, ReferenceDate(forward: false)?.Year);
        }
        var anaphoric = Word(i + 1) switch
        {
            "same" => 0,
            "previous" or "preceding" or "prior" => -1,
            "following" or "next" or "subsequent" => 1,
            _ => (int?)null,
        };
        return anaphoric is { } shift && Is(i + 2, "year")
            ? new YearReference(i + 3, ReferenceDate(forward: shift > 0)?.Year + shift)
            : null;
    }

    /// <summary>A day of the month: one or two digits, 1 to 31, optionally ordinal ("21st").</summary>
    private int? DayAt(int i) =>
        Token(i) is { Kind: TimeTokenKind.Number, Digits.Length: <= 2, Value: >= 1 and <= 31, Suffix: "" or "st" or "nd" or "rd" or "th" } token
            && !GluedAfter(i) && !GluedBefore(i)
            ? token.Value
            : null;

    /// <summary>A capitalised month name or abbreviation, with the abbreviation's full stop.</summary>
    private (int Month, int Next)? MonthAt(int i)
    {
        if (Token(i) is not { } token || TimeVocabulary.MonthOf(token) is not { } month)
        {
            return null;
        }
        var abbreviated = TimeVocabulary.MonthAbbreviations.ContainsKey(token.Lower);
        return (month, abbreviated && IsPunctuation(i + 1, ".") && Touches(i + 1) ? i + 2 : i + 1);
    }

    /// <summary>
    /// Places calendar fields on the calendar. A month without a year is its latest occurrence that began
    /// on or before the anchor (<see cref="CalendarMath.YearOfMonth"/>); without an anchor it stays unplaced.
    /// Null when the fields make no date (30 February, month 13, a lone day).
    /// </summary>
    private TimeValue? Resolve(CalendarParts parts)
    {
        if (parts.Month is < 1 or > 12 || parts.Year is < 1 or > 9998)
        {
            return null;
        }
        switch (parts)
        {
            case { Year: { } year, Month: null, Day: null }:
                return CalendarMath.Year(year);
            case { Year: { } year, Month: { } month, Day: null }:
                return CalendarMath.Month(year, month);
            case { Year: { } year, Month: { } month, Day: { } day }:
                return CalendarMath.IsValidDate(year, month, day) ? CalendarMath.Day(new DateOnly(year, month, day)) : null;
            case { Year: null, Month: { } month, Day: null }:
                return _anchor is { } anchor
                    ? CalendarMath.Month(CalendarMath.YearOfMonth(anchor, month), month)
                    : TimeValue.Unplaced(TimeGranularity.Month);
            case { Year: null, Month: { } month, Day: { } day }:
                if (!CalendarMath.IsValidDate(2024, month, day))
                {
                    return null;
                }
                if (_anchor is not { } dayAnchor)
                {
                    return TimeValue.Unplaced(TimeGranularity.Day);
                }
                // 29 February goes back to the latest leap year.
                var dayYear = CalendarMath.YearOfMonth(dayAnchor, month);
                while (!CalendarMath.IsValidDate(dayYear, month, day))
                {
                    dayYear--;
                }
                return CalendarMath.Day(new DateOnly(dayYear, month, day));
            default:
                return null;
        }
    }

    /// <summary>
    /// A weekday: with a date after it, that date ("Tuesday, 24 February 2026"); alone, the latest such
    /// day on or before the anchor ("on Tuesday").
    /// </summary>
    private TimeMatch? Weekday(int i)
    {
        if (Token(i) is not { IsCapitalized: true } token || !TimeVocabulary.Weekdays.TryGetValue(token.Lower, out var day))
        {
            return null;
        }
        var j = IsPunctuation(i + 1, ",") ? i + 2 : i + 1;
        if (Longest(DayMonth(j), MonthDay(j), NumericDate(j)) is { } date)
        {
            return date;
        }
        return WholeUnit(i + 1, _anchor is { } anchor
            ? CalendarMath.Day(CalendarMath.WeekdayOnOrBefore(anchor, day))
            : TimeValue.Unplaced(TimeGranularity.Day));
    }

    /// <summary>
    /// Where anaphora count from: the last interval placed in the text, its end when counting forward
    /// ("the following year") and its start otherwise; the anchor before any was placed.
    /// </summary>
    private DateOnly? ReferenceDate(bool forward) =>
        _reference is { } reference ? (forward ? reference.End ?? reference.Start : reference.Start ?? reference.End) : _anchor;
}
