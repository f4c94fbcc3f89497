namespace Nexus.Ingest.Metadata;

/// <summary>
/// Picture credits: a trailing "(Source: Wion)", "(Photo: AFP)", "(Photo/AFP)", "(Image credit: X)"
/// at the end of a caption, or a whole line "Photo: X" / "Image credit: X".
/// </summary>
internal static partial class CreditParser
{
    private const int MaxCreditWords = 6;

    /// <summary>The text without its trailing credit, and the credit; null when there is none.</summary>
    public static (string Text, string Credit)? TryStripTrailing(string text)
    {
        var match = TrailingCredit().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var credit = OriginParser.CleanName(match.Groups["credit"].Value);
        return IsShort(credit) ? (text[..match.Index].TrimEnd(), credit) : null;
    }

    /// <summary>The credit when the whole line is one ("Photo: Reuters").</summary>
    public static string? TryParseLine(string line)
    {
        var match = CreditLine().Match(line);
        if (!match.Success)
        {
            return null;
        }
        var credit = OriginParser.CleanName(match.Groups["credit"].Value);
        return IsShort(credit) ? credit : null;
    }

    private static bool IsShort(string credit) =>
        credit.Length > 0 && credit.Split(' ').Length <= MaxCreditWords;

    private const string Label = @"(?:source|photo(?:graph)?|image|picture|pic|video|file\s+photo|(?:photo|image|picture)\s+credit|credit|courtesy)s?";

    [GeneratedRegex(@"\s*[(\[]\s*" + Label + @"\s*(?::|/|by\b)\s*(?<credit>[^()\[\]]{1,80}?)\s*[)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^(?:(?:photo(?:graph)?|image|picture|pic|file\s+photo|(?:photo|image|picture)\s+credit|credit)s?)\s*(?::|/|by\b)\s*(?<credit>.{1,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();
}
