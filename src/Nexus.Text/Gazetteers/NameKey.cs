using System.Globalization;
using System.Text;

namespace Nexus.Text.Gazetteers;

/// <summary>
/// Folds a token for dictionary lookup: accents removed (Unicode decomposition), dotted and dotless
/// i unified, lower-cased when the entry is case-insensitive, curly apostrophes straightened.
/// </summary>
public static class NameKey
{
    public static string Fold(string token, bool caseSensitive)
    {
        var ascii = true;
        var upper = false;
        foreach (var c in token)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
            upper |= char.IsAsciiLetterUpper(c);
        }
        if (ascii)
        {
            // ASCII has no accents to remove or apostrophes to straighten: folding is at most lower-casing.
            return caseSensitive || !upper ? token : token.ToLowerInvariant();
        }
        var builder = new StringBuilder(token.Length);
        foreach (var c in token.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var folded = c switch
            {
                'ı' => 'i',
                '’' or '‘' => '\'',
                _ => c,
            };
            builder.Append(caseSensitive ? folded : char.ToLowerInvariant(folded));
        }
        return builder.ToString();
    }

    /// <summary>Hyphens and dashes inside a name are optional in matching ("Lashkar e Taiba").</summary>
    public static bool IsJoiner(string token) => token is "-" or "‐" or "‑" or "–";
}
