namespace Nexus.Text.Time;

/// <summary>The English words the time grammar knows, lower-cased.</summary>
internal static class TimeVocabulary
{
    public static readonly FrozenDictionary<string, int> MonthNames = new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> MonthAbbreviations = new Dictionary<string, int>
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Season index as <see cref="CalendarMath.Season"/> counts them.</summary>
    public static readonly FrozenDictionary<string, int> Seasons = new Dictionary<string, int>
    {
        ["spring"] = 0, ["summer"] = 1, ["autumn"] = 2, ["fall"] = 2, ["winter"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Unit words, singular and plural.</summary>
    public static readonly FrozenDictionary<string, TimeGranularity> Units = new Dictionary<string, TimeGranularity>
    {
        ["day"] = TimeGranularity.Day, ["days"] = TimeGranularity.Day,
        ["week"] = TimeGranularity.Week, ["weeks"] = TimeGranularity.Week,
        ["month"] = TimeGranularity.Month, ["months"] = TimeGranularity.Month,
        ["quarter"] = TimeGranularity.Quarter, ["quarters"] = TimeGranularity.Quarter,
        ["year"] = TimeGranularity.Year, ["years"] = TimeGranularity.Year,
        ["decade"] = TimeGranularity.Decade, ["decades"] = TimeGranularity.Decade,
        ["century"] = TimeGranularity.Century, ["centuries"] = TimeGranularity.Century,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// How many units a vague plural spans ("in recent years", "the past few months", "several weeks ago"):
    /// 7 days, 4 weeks, 6 months, 5 years, 3 decades.
    /// </summary>
    public static int VagueCount(TimeGranularity unit) => unit switch
    {
        TimeGranularity.Day => 7,
        TimeGranularity.Week => 4,
        TimeGranularity.Month => 6,
        TimeGranularity.Decade => 3,
        _ => 5,
    };

    /// <summary>Words after which a four-digit number is a year whatever follows it ("in 2015 militants …").</summary>
    public static readonly FrozenSet<string> YearPrepositions = FrozenSet.Create(StringComparer.Ordinal,
        "in", "during", "since", "until", "till", "til", "from", "before", "after", "between", "circa", "ca",
        "early", "mid", "late", "year", "fiscal", "through", "throughout");

    /// <summary>Determiners before a year used as a modifier ("the 2020 arrest", "its 2019 report").</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose");

    /// <summary>Labels a number follows when it is an identifier, not a year ("page 2015", "Resolution 1267").</summary>
    public static readonly FrozenSet<string> NumberLabels = FrozenSet.Create(StringComparer.Ordinal,
        "page", "pages", "p", "pp", "no", "nos", "nr", "number", "resolution", "resolutions", "article", "articles",
        "section", "chapter", "paragraph", "para", "clause", "rule", "flight", "room", "route", "highway",
        "item", "case", "code", "volume", "vol", "issue", "model", "version", "class", "unit", "batch",
        "serial", "order", "decree", "act", "law", "bill", "platform", "gate", "box", "exit", "line");

    /// <summary>Units of measure after a number that is a quantity, whatever precedes it.</summary>
    public static readonly FrozenSet<string> MeasureWords = FrozenSet.Create(StringComparer.Ordinal,
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "m", "feet", "ft", "kg", "kilograms",
        "tonnes", "tons", "dollars", "usd", "rupees", "euros", "pounds", "percent", "per", "hours", "hrs", "pm", "am");

    /// <summary>Nouns counted by a number that do not end in -s ("2000 people").</summary>
    public static readonly FrozenSet<string> CountNouns = FrozenSet.Create(StringComparer.Ordinal,
        "people", "men", "women", "children", "police", "personnel", "staff", "militia", "cattle", "youth");

    /// <summary>Words ending in -s that are not plural nouns, so they do not make a number a count.</summary>
    public static readonly FrozenSet<string> NotPlurals = FrozenSet.Create(StringComparer.Ordinal,
        "always", "perhaps", "afterwards", "onwards", "towards", "backwards", "besides", "whereas", "sometimes",
        "nevertheless", "thus", "this", "was", "has", "does", "its", "his", "hers", "ours", "yours", "theirs",
        "across", "unless", "plus", "less", "various", "numerous", "previous", "serious", "famous",
        "regardless", "nonetheless", "alias", "versus");

    /// <summary>Words after which a bare month name is the month ("in March", "until June").</summary>
    public static readonly FrozenSet<string> MonthContext = FrozenSet.Create(StringComparer.Ordinal,
        "in", "since", "by", "until", "till", "til", "before", "after", "from", "during", "of", "early",
        "mid", "late", "through", "throughout", "around", "between", "last", "next", "this");

    /// <summary>Words after which "summer", "the winter" … are the season ("in the summer").</summary>
    public static readonly FrozenSet<string> SeasonContext = FrozenSet.Create(StringComparer.Ordinal,
        "in", "during", "since", "by", "until", "till", "before", "after", "from", "over", "through",
        "throughout", "early", "mid", "late", "around", "of");

    /// <summary>Nouns of events whose date bounds a state ("until his death in July 2016").</summary>
    public static readonly FrozenSet<string> EventNouns = FrozenSet.Create(StringComparer.Ordinal,
        "death", "killing", "assassination", "arrest", "capture", "release", "detention", "resignation",
        "removal", "ouster", "dismissal", "election", "appointment", "departure", "return", "surrender",
        "execution", "extradition", "deportation", "escape", "defection", "retirement", "exile",
        "imprisonment", "conviction", "designation", "replacement", "succession");

    /// <summary>Words before an event noun that date a bound ("until his death in …", "since the arrest in …").</summary>
    public static readonly FrozenSet<string> EventDeterminers = FrozenSet.Create(StringComparer.Ordinal,
        "his", "her", "their", "its", "the");

    public static int? MonthOf(TimeToken token)
    {
        if (token.Kind != TimeTokenKind.Word || !token.IsCapitalized)
        {
            return null;
        }
        return MonthNames.TryGetValue(token.Lower, out var month) || MonthAbbreviations.TryGetValue(token.Lower, out month)
            ? month
            : null;
    }
}
