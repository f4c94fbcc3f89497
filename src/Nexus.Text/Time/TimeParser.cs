namespace Nexus.Text.Time;

/// <summary>
/// A recursive-descent reader of English time expressions over the tokens of one text. At each token it
/// takes the longest expression that starts there, then goes on after it. An instance reads one text
/// once and remembers the last interval it placed, from which anaphora ("the following year") count;
/// it is therefore never shared between threads.
/// </summary>
internal sealed partial class TimeParser
{
    private readonly string _text;
    private readonly ImmutableArray<TimeToken> _tokens;
    private readonly DateOnly? _anchor;
    private TimeValue? _reference;

    // Core is read twice at most tokens (as a range's first end, then alone) and only its calendar reading
    // depends on the leniency: the other readings at the token are kept from the first time, until the
    // reference they may count from moves.
    private int _coreAt = -1;
    private TimeMatch? _modified;
    private TimeMatch? _otherUnits;
    private TimeMatch? _window;

    private TimeParser(string text, DateOnly? anchor)
    {
        _text = text;
        _tokens = TimeLexer.Lex(text);
        // Relative arithmetic stays inside DateOnly's range for any anchor a publication could have.
        _anchor = anchor is { Year: >= 1000 and <= 2999 } ? anchor : null;
    }

    /// <summary>Every time expression in the text, in order, without overlaps.</summary>
    public static ImmutableArray<TimeExpression> FindAll(string text, DateOnly? anchor, CancellationToken cancellationToken) =>
        new TimeParser(text, anchor).Run(cancellationToken);

    private ImmutableArray<TimeExpression> Run(CancellationToken cancellationToken)
    {
        var found = ImmutableArray.CreateBuilder<TimeExpression>();
        var i = 0;
        while (i < _tokens.Length)
        {
            if (i % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (Expression(i) is not { } match)
            {
                i++;
                continue;
            }
            var span = new TextSpan(_tokens[i].Start, _tokens[match.Next - 1].End);
            found.Add(new TimeExpression
            {
                Text = span.Of(_text),
                Span = span,
                Start = match.Value.Start,
                End = match.Value.End,
                Granularity = match.Value.Granularity,
                Qualifier = match.Qualifier,
            });
            if (match.Value.IsPlaced)
            {
                _reference = match.Value;
                _coreAt = -1;
            }
            i = match.Next;
        }
        return found.ToImmutable();
    }

    /// <summary>An expression with its qualifying preposition, if any ("by June 2025", "around 2015").</summary>
    private TimeMatch? Expression(int i)
    {
        var qualified = Word(i) switch
        {
            "between" => Range(i + 1, "and"),
            "from" => Range(i + 1, "to", "until", "till", "through", "thru") ?? Bounded(i + 1, TimeQualifier.After, inclusive: true),
            "since" => Bounded(PastHedge(i + 1), TimeQualifier.After, inclusive: true),
            "after" => Bounded(i + 1, TimeQualifier.After, inclusive: false),
            "by" or "until" or "till" or "til" or "through" or "thru" => Bounded(i + 1, TimeQualifier.Before, inclusive: true),
            "up" when Word(i + 1) is "to" or "until" => Bounded(i + 2, TimeQualifier.Before, inclusive: true),
            "no" when Is(i + 1, "later") && Is(i + 2, "than") => Bounded(i + 3, TimeQualifier.Before, inclusive: true),
            "before" => Bounded(i + 1, TimeQualifier.Before, inclusive: false),
            "prior" when Is(i + 1, "to") => Bounded(i + 2, TimeQualifier.Before, inclusive: false),
            "around" or "about" or "circa" or "approximately" or "roughly" or "approx" => Approximately(i + 1),
            "c" or "ca" when IsPunctuation(i + 1, ".") && Touches(i + 1) && !_tokens[i].IsCapitalized => Approximately(i + 2),
            _ => null,
        };
        return qualified ?? Simple(i);
    }

    /// <summary>Past "at least" or "as early as" at <paramref name="i"/> ("since at least 2017"): the date still opens the interval.</summary>
    private int PastHedge(int i) =>
        Is(i, "at") && Is(i + 1, "least") ? i + 2
        : Is(i, "as") && Is(i + 1, "early") && Is(i + 2, "as") ? i + 3
        : i;

    /// <summary>
    /// One side of the interval left open: "by/until X" ends with X, "before X" ends the day before X
    /// starts, "since/from X" starts with X, "after X" starts the day after X ends.
    /// </summary>
    private TimeMatch? Bounded(int i, TimeQualifier qualifier, bool inclusive)
    {
        if ((Simple(i) ?? EventTime(i)) is not { } inner)
        {
            return null;
        }
        var value = inner.Value;
        value = qualifier == TimeQualifier.Before
            ? value with { Start = null, End = inclusive ? value.End : value.Start?.AddDays(-1) }
            : value with { Start = inclusive ? value.Start : value.End?.AddDays(1), End = null };
        return new TimeMatch(inner.Next, value, qualifier);
    }

    private TimeMatch? Approximately(int i) =>
        Simple(i) is { } inner ? inner with { Qualifier = TimeQualifier.Approximate, IsUnit = false, Parts = null } : null;

    /// <summary>The time of an event the text names by its date: "(until) his death in July 2016".</summary>
    private TimeMatch? EventTime(int i)
    {
        if (!TimeVocabulary.EventDeterminers.Contains(Word(i)))
        {
            return null;
        }
        var j = TimeVocabulary.EventNouns.Contains(Word(i + 1)) ? i + 1 : i + 2;
        return TimeVocabulary.EventNouns.Contains(Word(j)) && Word(j + 1) is "in" or "on" or "during"
            ? Simple(j + 2)
            : null;
    }

    /// <summary>A phrase or a range without a preposition, with "onwards" making it open-ended.</summary>
    private TimeMatch? Simple(int i)
    {
        if (Longest(Range(i, "to", "through"), Core(i, Leniency.None)) is not { } match)
        {
            return null;
        }
        return Word(match.Next) is "onwards" or "onward"
            ? new TimeMatch(match.Next + 1, match.Value with { End = null }, TimeQualifier.After)
            : match;
    }

    /// <summary>
    /// Two ends joined by a dash or one of <paramref name="links"/>: "2015–2017", "March to June 2025",
    /// "27–29 February 2026", and the shorthand forms "2015/16" and "February 27–29, 2026".
    /// </summary>
    private TimeMatch? Range(int i, params ReadOnlySpan<string> links)
    {
        TimeMatch? joined = null;
        if (Core(i, Leniency.BareDay | Leniency.BareMonth) is { } first
            && (IsDash(first.Next) || links.Contains(Word(first.Next)))
            && Core(first.Next + 1, Leniency.BareMonth | Leniency.Year) is { } second)
        {
            joined = Join(first, second);
        }
        return Longest(joined, YearShorthandRange(i), MonthDayRange(i));
    }

    private TimeMatch? Join(TimeMatch first, TimeMatch second)
    {
        var start = first.Value;
        if (first.Parts is { } parts && (parts.Year is null || parts.Month is null))
        {
            if (second.Parts is { } later)
            {
                var filled = parts.FillFrom(later);
                if (Resolve(filled) is not { } resolved)
                {
                    return null;
                }
                // "December 2025–February 2026" written as "December–February 2026".
                if (parts.Year is null && filled.Year is { } year && resolved.Start > second.Value.Start)
                {
                    resolved = Resolve(filled with { Year = year - 1 }) ?? resolved;
                }
                start = first.Third is { } part ? CalendarMath.Third(resolved, part) ?? resolved : resolved;
            }
            else if (parts.Month is null)
            {
                return null;
            }
            // "27–29 February" joins two days; "7-May" (a score, a label) does not.
            if (parts is { Month: null, Day: not null } && second.Parts?.Day is null)
            {
                return null;
            }
        }
        if (start.Start is { } from && second.Value.End is { } to && from > to)
        {
            return null;
        }
        return new TimeMatch(second.Next, new TimeValue(start.Start, second.Value.End, start.Granularity));
    }

    /// <summary>"2015–16", "2015/16": a run of years whose end is written with two digits.</summary>
    private TimeMatch? YearShorthandRange(int i)
    {
        if (Token(i) is not { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: 4, Value: >= 1900 and <= 2099 } first
            || !(IsDash(i + 1) || IsPunctuation(i + 1, "/")) || !Touches(i + 1) || !Touches(i + 2)
            || Token(i + 2) is not { Kind: TimeTokenKind.Number, Suffix: "", Digits.Length: 2 } last
            || last.Value <= first.Value % 100 || GluedAfter(i + 2) || YearSettingOf(i) == YearSetting.Label)
        {
            return null;
        }
        var end = first.Value - (first.Value % 100) + last.Value;
        return new TimeMatch(i + 3, new TimeValue(new DateOnly(first.Value, 1, 1), new DateOnly(end, 12, 31), TimeGranularity.Year));
    }

    /// <summary>"February 27–29, 2026": one month, two days.</summary>
    private TimeMatch? MonthDayRange(int i)
    {
        if (MonthAt(i) is not var (month, j) || DayAt(j) is not { } firstDay || !IsDash(j + 1)
            || DayAt(j + 2) is not { } lastDay || WithYear(j + 3, month, lastDay) is not { Parts: { } parts } end
            || Resolve(parts with { Day = firstDay }) is not { } start)
        {
            return null;
        }
        return start.Start > end.Value.End
            ? null
            : new TimeMatch(end.Next, new TimeValue(start.Start, end.Value.End, TimeGranularity.Day));
    }

    /// <summary>A time phrase without preposition or range: early/mid/late of a unit, a unit, or a window.</summary>
    private TimeMatch? Core(int i, Leniency leniency)
    {
        if (_coreAt != i)
        {
            (_modified, _otherUnits, _window) = (Modified(i), OtherUnits(i), Window(i));
            _coreAt = i;
        }
        // The longest of Modified, Unit and Window, Unit's readings taken in its order: the first longest wins either way.
        return Longest(_modified, Calendar(i, leniency), _otherUnits, _window);
    }

    private TimeMatch? Unit(int i, Leniency leniency) => Longest(Calendar(i, leniency), OtherUnits(i));

    /// <summary>The units other than a calendar date, month or year, which read the same whatever the leniency.</summary>
    private TimeMatch? OtherUnits(int i) => Longest(
        Weekday(i), Season(i), Quarter(i), Half(i), Decade(i), Century(i), Deictic(i), Ago(i), Anaphoric(i));

    /// <summary>
    /// "early/mid/late X", "the early 2000s", "early in 2015", "the beginning/middle/end of X": a third of
    /// the unit X (see <see cref="CalendarMath.Third"/>), written with X's granularity.
    /// </summary>
    private TimeMatch? Modified(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        var (part, inner) = Word(j) switch
        {
            "early" => (0, j + 1),
            "mid" => (1, IsDash(j + 1) && Touches(j + 1) ? j + 2 : j + 1),
            "late" => (2, j + 1),
            "beginning" or "start" when j > i && Is(j + 1, "of") => (0, j + 2),
            "middle" when j > i && Is(j + 1, "of") => (1, j + 2),
            "end" when j > i && Is(j + 1, "of") => (2, j + 2),
            _ => (-1, -1),
        };
        if (part < 0)
        {
            return null;
        }
        if (j == i && part != 1 && Is(inner, "in"))
        {
            inner++;
        }
        if (Unit(inner, Leniency.BareMonth | Leniency.Year) is not { IsUnit: true } unit
            || CalendarMath.Third(unit.Value, part) is not { } value)
        {
            return null;
        }
        return new TimeMatch(unit.Next, value, unit.Qualifier, Parts: unit.Parts, Third: part);
    }

    private static TimeMatch? Longest(params ReadOnlySpan<TimeMatch?> candidates)
    {
        TimeMatch? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate is not null && (best is null || candidate.Next > best.Next))
            {
                best = candidate;
            }
        }
        return best;
    }

    private static TimeMatch WholeUnit(int next, TimeValue value) => new(next, value, IsUnit: true);
}
