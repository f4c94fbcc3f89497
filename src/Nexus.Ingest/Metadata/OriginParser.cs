namespace Nexus.Ingest.Metadata;

/// <summary>
/// Recognises a whole line naming where a republished text first appeared: ">> Source: Memri.org",
/// "Originally published by X", "This article first appeared on X".
/// </summary>
internal static partial class OriginParser
{
    private const int MaxNameWords = 8;

    public static string? TryParse(string line)
    {
        var match = SourceLabel().Match(line);
        if (!match.Success)
        {
            match = Republished().Match(line);
        }
        if (!match.Success)
        {
            return null;
        }
        var name = CleanName(match.Groups["name"].Value);
        return name.Length > 0 && name.Split(' ').Length <= MaxNameWords ? name : null;
    }

    /// <summary>Trims the punctuation and decoration that surrounds a publisher's name.</summary>
    public static string CleanName(string value) =>
        value.Trim().TrimEnd('.', ',', ';', ':', '»', '>', '|').Trim();

    [GeneratedRegex(@"^(?:>>|»|›|>|[-*•])?\s*(?:source|via|courtesy(?:\s+of)?)\s*:\s*(?<name>[^:]{1,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(
        @"^(?:>>|»|›|>|[-*•])?\s*(?:(?:this|the)\s+(?:article|story|piece|post|report|essay|op-ed|analysis|commentary)\s+(?:was\s+)?(?:first|originally)\s+(?:appeared|published|ran)|originally\s+(?:published|appeared)|first\s+(?:published|appeared)|republished|reprinted)\s+(?:with\s+permission\s+)?(?:on|in|at|by|from)\s+(?:the\s+website\s+of\s+)?(?<name>.+?)(?:\s+(?:and|on|in)\s+(?:is|was|has been)\b.*|\s+on\s+\S+\s+\d.*)?\s*\.?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Republished();
}
