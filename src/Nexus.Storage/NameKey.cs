using System.Globalization;
using System.Text;

namespace Nexus.Storage;

/// <summary>
/// The folded form names are looked up by: "Mehmet Gören", "MEHMET GOREN" and "mehmet-gören" all
/// fold to "mehmet goren". Both backends store and query this same key, so lookup behaves alike on
/// each and needs no database extension.
/// </summary>
public static class NameKey
{
    /// <summary>
    /// Decomposes (NFD), drops non-spacing marks (accents, Arabic vowel signs), lower-cases invariantly
    /// and turns every run of characters other than letters and digits into one space, trimmed.
    /// The result therefore never holds a LIKE wildcard or a quote.
    /// </summary>
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var gap = false;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (Rune.IsLetterOrDigit(rune))
            {
                if (gap && key.Length > 0)
                {
                    key.Append(' ');
                }
                key.Append(Rune.ToLowerInvariant(rune).ToString());
                gap = false;
            }
            else
            {
                gap = true;
            }
        }
        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
