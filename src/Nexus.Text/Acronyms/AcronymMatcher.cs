using Nexus.Text.Gazetteers;

namespace Nexus.Text.Acronyms;

/// <summary>
/// Decides whether an acronym abbreviates a sequence of words: "ISKP" ↔ "Islamic State Khorasan
/// Province", "LeT" ↔ "Lashkar-e-Taiba", "MIT" ↔ "Milli İstihbarat Teşkilatı". Letters are compared
/// without case or accents, and function words may be skipped ("ISIL" ↔ "Islamic State of Iraq and
/// the Levant").
/// </summary>
public static class AcronymMatcher
{
    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
        ["of", "and", "the", "for", "in", "on", "de", "al", "el", "wal", "wa", "&"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="token"/> looks like an acronym: two or more capitals, no spaces, short.</summary>
    public static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 10 && token.Count(char.IsUpper) >= 2 && token.All(char.IsLetterOrDigit);

    public static bool Abbreviates(string acronym, IReadOnlyList<string> words)
    {
        var letters = NameKey.Fold(acronym, caseSensitive: false);
        var folded = words.Where(w => !NameKey.IsJoiner(w)).Select(w => NameKey.Fold(w, caseSensitive: false)).ToList();
        return Match(letters, 0, folded, 0);
    }

    // Letter li must start word wi (or a later word after skippable ones); each word must be used.
    private static bool Match(string letters, int li, List<string> words, int wi)
    {
        if (li == letters.Length)
        {
            return words.Skip(wi).All(Skippable.Contains);
        }
        if (wi == words.Count)
        {
            return false;
        }
        var word = words[wi];
        if (word.Length > 0 && word[0] == letters[li])
        {
            // Usually one letter per word; a word may give a few more, in order ("NatSec" ↔ "National Security").
            if (Match(letters, li + 1, words, wi + 1))
            {
                return true;
            }
            for (var inside = 1; li + inside < letters.Length && inside < word.Length; inside++)
            {
                if (word.IndexOf(letters[li + inside], inside) < 0)
                {
                    break;
                }
                if (Match(letters, li + inside + 1, words, wi + 1))
                {
                    return true;
                }
            }
        }
        return Skippable.Contains(word) && Match(letters, li, words, wi + 1);
    }
}
