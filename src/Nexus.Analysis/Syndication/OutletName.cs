namespace Nexus.Analysis.Syndication;

/// <summary>
/// Compares names of publishers and origins as people write them: "The Asian Age" and "asian age",
/// "Memri.org" and "MEMRI" are one outlet.
/// </summary>
public static class OutletName
{
    private static readonly string[] Prefixes = ["the ", "www "];

    private static readonly string[] Suffixes = [" co uk", " com", " org", " net", " info"];

    /// <summary>The folded key (accents, case and punctuation dropped, a leading "the"/"www" and a trailing web domain removed).</summary>
    public static string Key(string name)
    {
        var key = NameKey.Fold(name);
        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                key = key[prefix.Length..];
            }
        }
        foreach (var suffix in Suffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                return key[..^suffix.Length];
            }
        }
        return key;
    }
}
