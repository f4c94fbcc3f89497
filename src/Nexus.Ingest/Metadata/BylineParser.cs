namespace Nexus.Ingest.Metadata;

/// <summary>
/// Recognises a whole line that is a byline: "By X", "By X and Y", "Author: X", "Written by X | date",
/// "Written by: X (a bio in brackets)". A body sentence that merely starts with "By" ("By June 2025,
/// LeT chief…") is not one: every piece before the date or role must be a capitalised name.
/// </summary>
internal static partial class BylineParser
{
    private const int MaxWords = 24;

    public static Byline? TryParse(string line, DateOrder order)
    {
        if (Prefix().Match(line) is not { Success: true } prefix)
        {
            return null;
        }
        // A bare "By" needs a full name; an explicit label ("Author:", "Written by") may name one word (an agency).
        var minimumParts = prefix.Groups["bare"].Success ? 2 : 1;
        var rest = TrailingBrackets().Replace(line[prefix.Length..], "").Trim();
        if (rest.Length == 0 || rest.Split(' ').Length > MaxWords)
        {
            return null;
        }
        var split = SectionBreak().Match(rest);
        var namesPart = split.Success ? rest[..split.Index] : rest;
        var tail = split.Success ? rest[(split.Index + split.Length)..].Trim() : "";
        var names = PersonNames.SplitNames(namesPart, minimumParts);
        if (names is null)
        {
            (names, var leftover) = LeadingNames(namesPart, minimumParts);
            if (names.Count == 0)
            {
                return null;
            }
            tail = string.Join(", ", new[] { leftover, tail }.Where(t => t.Length > 0));
        }
        DateLine? date = null;
        if (tail.Length > 0)
        {
            date = DateLineParser.TryParse(tail, order, allowBare: true);
            if (date is null && !IsRole(tail))
            {
                return null;
            }
        }
        return new Byline([.. names], date);
    }

    /// <summary>The names before the first piece that is not a name ("X, Senior Correspondent, 27 Feb 2026").</summary>
    private static (List<string> Names, string Leftover) LeadingNames(string text, int minimumParts)
    {
        var pieces = text.Split(',', StringSplitOptions.TrimEntries);
        var names = new List<string>();
        var i = 0;
        for (; i < pieces.Length && PersonNames.SplitNames(pieces[i], minimumParts) is { } found; i++)
        {
            names.AddRange(found);
        }
        return (names, string.Join(", ", pieces[i..]));
    }

    // A short title after the name ("Senior Correspondent", "in Islamabad"), not a sentence.
    private static bool IsRole(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !text.EndsWith('.');

    [GeneratedRegex(@"^(?:(?:written|reported|compiled|posted|edited|words|text|story)\s+by|(?<bare>by)|authors?|writer|reporter)\b\s*[:\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(?:\s*\([^()]*\))+\s*$")]
    private static partial Regex TrailingBrackets();

    [GeneratedRegex(@"\s+[|•·/]\s+|\s+[–—-]\s+|\s*\|\s*")]
    private static partial Regex SectionBreak();
}
