namespace Nexus.Ingest.Metadata;

/// <summary>Whether a short string looks like a person's name as bylines print it.</summary>
internal static partial class PersonNames
{
    /// <summary>Capitalised parts (initials, hyphens, apostrophes, particles such as "al-" or "van" allowed).</summary>
    public static bool IsName(string text, int minimumParts) =>
        Name().Match(text) is { Success: true } match && match.Groups["part"].Captures.Count >= minimumParts
        && !match.Groups["part"].Captures.Any(part => RoleWords.Contains(part.Value.TrimEnd('.')));

    // Job titles print capitalised after a byline's name ("Senior Correspondent") but name no one.
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "Correspondent", "Reporter", "Editor", "Writer", "Staff", "Fellow", "Analyst", "Senior", "Chief", "Bureau",
        "Contributor", "Columnist", "Director", "Researcher", "Professor", "Special", "Desk", "Team", "Associate",
        "Editorial", "Board", "Newsroom", "Contributing", "Guest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Splits "A, B and C" or "A &amp; B" into names; null when any piece is not a name.</summary>
    public static IReadOnlyList<string>? SplitNames(string text, int minimumParts)
    {
        var names = Separator().Split(text).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return names.Count > 0 && names.All(n => IsName(n, minimumParts)) ? names : null;
    }

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(
        @"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Gen|Col|Maj|Capt)\.?\s+)?(?<part>\p{Lu}[\p{L}\p{M}'’\-]*\.?)(?:\s+(?:(?:al|el|bin|ibn|bint|de|da|di|del|della|van|von|der|den|du|la|le|ul|ud|abu)[\s\-])?(?<part>\p{Lu}[\p{L}\p{M}'’\-]*\.?)){0,4}$")]
    private static partial Regex Name();
}
