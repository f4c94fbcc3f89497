namespace Nexus.Text.Tokenization;

/// <summary>
/// Words whose final period belongs to the word: titles, initials, and dotted acronyms.
/// <see cref="IsTitle"/> marks those that never end a sentence ("Dr. Naseem Baloch").
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cpt.", "Sgt.", "Cpl.",
        "Adm.", "Brig.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Amb.", "Pres.", "Sec.", "Insp.",
        "Supt.", "St.", "Mt.", "Ft.", "No.", "Nos.", "vs.", "cf.", "approx.", "Jan.", "Feb.", "Mar.", "Apr.",
        "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Fig.", "Vol.", "pp.", "Art.", "para.",
    ], StringComparer.Ordinal);

    // These end sentences as often as not ("… in the U.S. The …").
    private static readonly FrozenSet<string> Others = FrozenSet.ToFrozenSet(
    ["Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "etc.", "al.", "Ave.", "Blvd.", "Rd."],
    StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/>, which ends in a period, keeps that period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word) || Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }
        // An initial ("R.") or a dotted acronym ("U.S.", "e.g.", "a.m.").
        if (word.Length == 2)
        {
            return char.IsUpper(word[0]);
        }
        for (var i = 0; i < word.Length; i += 2)
        {
            if (i + 1 >= word.Length || !char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a sentence can never end on <paramref name="word"/> ("Dr.", "Gen.", an initial).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
}
