namespace Nexus.Text.Time;

/// <summary>Seasons, quarters, halves, decades and centuries.</summary>
internal sealed partial class TimeParser
{
    /// <summary>
    /// "summer 2024", "the summer of 2024", "winter 2024/25", "summer last year", and after a preposition
    /// "in the summer" (the latest summer begun by the anchor). "fall" needs a year; a capitalised season
    /// after a capitalised word names an event ("the Arab Spring").
    /// </summary>
    private TimeMatch? Season(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        if (Token(j) is not { Kind: TimeTokenKind.Word } token || !TimeVocabulary.Seasons.TryGetValue(token.Lower, out var season)
            || (token.IsCapitalized && Token(j - 1) is { IsCapitalized: true } && !StartsSentence(j - 1)))
        {
            return null;
        }
        var k = Is(j + 1, "of") ? j + 2 : j + 1;
        if (SplitYear(k) is var (firstYear, afterYears))
        {
            return WholeUnit(afterYears, CalendarMath.Season(firstYear, season));
        }
        if (YearNumber(k) is { } year)
        {
            return WholeUnit(k + 1, CalendarMath.Season(year, season));
        }
        if (YearRef(k) is { } reference)
        {
            return WholeUnit(reference.Next, reference.Year is { } referenceYear
                ? CalendarMath.Season(referenceYear, season)
                : TimeValue.Unplaced(TimeGranularity.Season));
        }
        if (token.Lower == "fall" || !TimeVocabulary.SeasonContext.Contains(Word(i - 1)))
        {
            return null;
        }
        return WholeUnit(j + 1, _anchor is { } anchor ? SeasonOccurrence(anchor, season, "") : TimeValue.Unplaced(TimeGranularity.Season));
    }

    /// <summary>"2024/25", "2024–2025": two years in a row, as a winter is written; gives the first.</summary>
    private (int Year, int Next)? SplitYear(int i)
    {
        if (Token(i) is not { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: 4, Value: >= 1000 and <= 2999 } first
            || !(IsPunctuation(i + 1, "/") || IsDash(i + 1)) || !Touches(i + 1) || !Touches(i + 2)
            || Token(i + 2) is not { Kind: TimeTokenKind.Number, Suffix: "" } second || GluedAfter(i + 2))
        {
            return null;
        }
        var year = first.Value;
        return second.Value == year + 1 || (second.Digits.Length == 2 && second.Value == (year + 1) % 100) ? (year, i + 3) : null;
    }

    /// <summary>
    /// Which occurrence of a season a word means, seen from the anchor: none (the latest one begun on or
    /// before the anchor), "this" (the one holding the anchor, else the one beginning in the anchor's
    /// year), "last" (the latest one over before the anchor), "next" (the first one beginning after it).
    /// </summary>
    private static TimeValue SeasonOccurrence(DateOnly anchor, int season, string which)
    {
        var candidates = new TimeValue[4];
        for (var k = 0; k < candidates.Length; k++)
        {
            candidates[k] = CalendarMath.Season(anchor.Year - 2 + k, season);
        }
        return which switch
        {
            "this" => candidates.FirstOrDefault(c => c.Start <= anchor && anchor <= c.End, candidates[2]),
            "last" => candidates.Last(c => c.End < anchor),
            "next" => candidates.First(c => c.Start > anchor),
            _ => candidates.Last(c => c.Start <= anchor),
        };
    }

    /// <summary>"Q3 2024", "3Q 2024", "Q3/2024", "Q3" alone; "the third quarter of 2024", "the last quarter of last year".</summary>
    private TimeMatch? Quarter(int i)
    {
        if (CodeAt(i, "q", 4) is var (code, next))
        {
            return InYear(next, TimeGranularity.Quarter, code, (3 * code) - 2, yearRequired: false);
        }
        var j = Is(i, "the") ? i + 1 : i;
        var quarter = Word(j) is "final" or "last" ? (4, j + 1) : OrdinalAt(j);
        return quarter is var (number, k) && number is >= 1 and <= 4 && Is(k, "quarter")
            ? InYear(k + 1, TimeGranularity.Quarter, number, 0, yearRequired: true)
            : null;
    }

    /// <summary>"H1 2024", "2H 2025"; "the first half of 2024", "the second half of the year".</summary>
    private TimeMatch? Half(int i)
    {
        if (CodeAt(i, "h", 2) is var (code, next))
        {
            return InYear(next, TimeGranularity.Half, code, (6 * code) - 5, yearRequired: false);
        }
        var j = Is(i, "the") ? i + 1 : i;
        var half = Word(j) switch
        {
            "first" or "former" => 1,
            "second" or "latter" or "last" => 2,
            _ => 0,
        };
        return half > 0 && Is(j + 1, "half")
            ? InYear(j + 2, TimeGranularity.Half, half, 0, yearRequired: true)
            : null;
    }

    /// <summary>
    /// Quarter or half number <paramref name="part"/> of a year followed by its year ("of 2024", "2024", "/2024",
    /// "of last year"). Without one, the latest such part begun by the anchor, when <paramref name="yearRequired"/> allows.
    /// </summary>
    private TimeMatch? InYear(int j, TimeGranularity granularity, int part, int firstMonth, bool yearRequired)
    {
        var k = Is(j, "of") || ((IsPunctuation(j, "/") || IsDash(j)) && Touches(j)) ? j + 1 : j;
        if (YearNumber(k) is { } year)
        {
            return WholeUnit(k + 1, PartOfYear(granularity, year, part));
        }
        if (YearRef(k) is { } reference)
        {
            return WholeUnit(reference.Next, reference.Year is { } referenceYear ? PartOfYear(granularity, referenceYear, part) : TimeValue.Unplaced(granularity));
        }
        if (yearRequired)
        {
            return null;
        }
        return WholeUnit(j, _anchor is { } anchor ? PartOfYear(granularity, CalendarMath.YearOfMonth(anchor, firstMonth), part) : TimeValue.Unplaced(granularity));
    }

    // Not a lambda capturing the number: Quarter and Half run at every token, and a capture is allocated on every call.
    private static TimeValue PartOfYear(TimeGranularity granularity, int year, int part) =>
        granularity == TimeGranularity.Quarter ? CalendarMath.Quarter(year, part) : CalendarMath.Half(year, part);

    /// <summary>A letter and a digit written together, either way round: "Q3", "3Q", "H1"; not "H1-B".</summary>
    private (int Number, int Next)? CodeAt(int i, string letter, int max)
    {
        if (IsDash(i + 2) && Touches(i + 2) && Token(i + 3) is { Kind: TimeTokenKind.Word } && Touches(i + 3))
        {
            return null;
        }
        if (Word(i) == letter && Token(i)!.IsCapitalized && Touches(i + 1)
            && Token(i + 1) is { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: 1 } digit && digit.Value >= 1 && digit.Value <= max
            && !GluedAfter(i + 1))
        {
            return (digit.Value, i + 2);
        }
        if (Token(i) is { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: 1 } number && number.Value >= 1 && number.Value <= max
            && Touches(i + 1) && Word(i + 1) == letter && Token(i + 1)!.IsCapitalized && !GluedBefore(i)
            && !(Token(i + 2) is { Kind: TimeTokenKind.Word } && Touches(i + 2)))
        {
            return (number.Value, i + 2);
        }
        return null;
    }

    /// <summary>An ordinal: "3rd", "third", "twenty-first".</summary>
    private (int Value, int Next)? OrdinalAt(int i)
    {
        if (Token(i) is { Kind: TimeTokenKind.Number, Suffix: "st" or "nd" or "rd" or "th" } number)
        {
            return (number.Value, i + 1);
        }
        if (Is(i, "twenty") && IsDash(i + 1) && TimeVocabulary.Ordinals.TryGetValue(Word(i + 2), out var unit) && unit < 10)
        {
            return (20 + unit, i + 3);
        }
        return TimeVocabulary.Ordinals.TryGetValue(Word(i), out var value) ? (value, i + 1) : null;
    }

    /// <summary>
    /// "the 1990s", "1990's", "the '90s", "the 90s" (1920–2010 for two digits from 20 to 10). A year ending
    /// in 00 before 2000 names the century ("the 1800s"); "the 2000s" is the decade 2000–2009.
    /// </summary>
    private TimeMatch? Decade(int i)
    {
        var the = Is(i, "the");
        var j = the ? i + 1 : i;
        var apostrophe = IsApostrophe(j) && Touches(j + 1);
        if (apostrophe)
        {
            j++;
        }
        if (Token(j) is not { Kind: TimeTokenKind.Number } token || token.Value % 10 != 0 || GluedBefore(j))
        {
            return null;
        }
        int next;
        if (token.Suffix == "s")
        {
            next = j + 1;
        }
        else if (token.Suffix.Length == 0 && IsApostrophe(j + 1) && Touches(j + 1) && Is(j + 2, "s") && Touches(j + 2))
        {
            next = j + 3;
        }
        else
        {
            return null;
        }
        if (token.Digits.Length == 4 && token.Value is >= 1000 and <= 2190)
        {
            return WholeUnit(next, token.Value % 100 == 0 && token.Value < 2000
                ? CalendarMath.Century(token.Value)
                : CalendarMath.Decade(token.Value));
        }
        // Two digits need "the" or an apostrophe: "in his 90s" is an age.
        return token.Digits.Length == 2 && (the || apostrophe)
            ? WholeUnit(next, CalendarMath.Decade(token.Value >= 20 ? 1900 + token.Value : 2000 + token.Value))
            : null;
    }

    /// <summary>"the 20th century", "the twenty-first century", "19th-century".</summary>
    private TimeMatch? Century(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        if (OrdinalAt(j) is not var (number, k) || number is < 1 or > 21)
        {
            return null;
        }
        if (IsDash(k) && Touches(k))
        {
            k++;
        }
        // The first century starts in year 1: there is no year 0 to start it from.
        return Is(k, "century") ? WholeUnit(k + 1, CalendarMath.Century(Math.Max(1, (number - 1) * 100))) : null;
    }
}
