namespace Nexus.Ingest.Metadata;

/// <summary>
/// Recognises lines made only of dates, times, weekdays, time zones and labels such as "Published",
/// "Updated", "Posted on". The first labelled publication date wins over an update date.
/// </summary>
internal static partial class DateLineParser
{
    /// <summary>The date of a date-only line; a date with no label counts only when <paramref name="allowBare"/> (near a page's head or tail).</summary>
    public static DateLine? TryParse(string line, DateOrder order, bool allowBare)
    {
        if (line.Length > 120 || !line.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IsDateToken))
        {
            return null;
        }
        var labels = Label().Matches(line);
        if (labels.Count == 0)
        {
            return allowBare && DateParser.Find(line, order) is { } bare ? new DateLine(bare.Date, bare.Time, false) : null;
        }
        DateLine? update = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
            if (DateParser.Find(line[start..end], order) is not { } found)
            {
                continue;
            }
            var isUpdate = labels[i].Groups["update"].Success;
            if (!isUpdate)
            {
                return new DateLine(found.Date, found.Time, false);
            }
            update ??= new DateLine(found.Date, found.Time, true);
        }
        return update;
    }

    private static bool IsDateToken(string token)
    {
        var core = token.Trim(',', ';', '|', '(', ')', '[', ']', '•', '·', '–', '—', '-', ':');
        return core.Length == 0 || DateToken().IsMatch(core);
    }

    [GeneratedRegex(@"\b(?:(?:first\s+)?published|posted|released|created|dated?|(?<update>(?:last\s+)?(?:updated|modified|edited)))(?:\s+(?:on|at))?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(
        @"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?|\d{4}-\d{2}-\d{2}(?:T[\d:.+\-Z]*)?|\d{1,2}([/.\-])\d{1,2}\1\d{2,4}|[ap]\.?m\.?"
        + @"|jan(?:uary)?\.?|feb(?:ruary)?\.?|mar(?:ch)?\.?|apr(?:il)?\.?|may|june?\.?|july?\.?|aug(?:ust)?\.?|sep(?:t(?:ember)?)?\.?|oct(?:ober)?\.?|nov(?:ember)?\.?|dec(?:ember)?\.?"
        + @"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
        + @"|first|last|published|posted|released|created|dated?|updated|modified|edited|on|at|of|the"
        + @"|(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d{2})?)?|(?-i:[A-Z]{2,4})|[+-]\d{2}:?\d{2})$",
        RegexOptions.IgnoreCase)]
    private static partial Regex DateToken();
}
