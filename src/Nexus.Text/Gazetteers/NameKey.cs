using System.Globalization;
using System.Text;

namespace Nexus.Text.Gazetteers;

/// <summary>
/// Folds a token for dictionary lookup: accents removed (Unicode decomposition), dotted and dotless
/// i unified, lower-cased when the entry is case-insensitive, curly apostrophes straightened, and the
/// romanisations of Arabic and Urdu name words that the press and the reference lists spell apart
/// ("Qaeda"/"Qaida", "Hizballah"/"Hezbollah", "Mohammed"/"Muhammad") made one.
/// </summary>
public static class NameKey
{
    private static readonly FrozenDictionary<string, string> Romanisations = new Dictionary<string, string>
    {
        ["qaeda"] = "qaida", ["qa'ida"] = "qaida", ["qaidah"] = "qaida", ["qaedah"] = "qaida",
        ["taleban"] = "taliban",
        ["hizballah"] = "hezbollah", ["hizbollah"] = "hezbollah", ["hizbullah"] = "hezbollah", ["hezbullah"] = "hezbollah",
        ["shabab"] = "shabaab",
        ["tayyiba"] = "taiba", ["tayyaba"] = "taiba", ["tayiba"] = "taiba", ["toiba"] = "taiba", ["tayyibah"] = "taiba",
        ["mujahidin"] = "mujahideen", ["mujahedin"] = "mujahideen", ["mujahedeen"] = "mujahideen", ["mujaheddin"] = "mujahideen",
        ["jaysh"] = "jaish",
        ["tehreek"] = "tehrik", ["tahrik"] = "tehrik", ["tahreek"] = "tehrik",
        ["daish"] = "daesh",
        ["mohammed"] = "muhammad", ["mohammad"] = "muhammad", ["muhammed"] = "muhammad", ["mohamed"] = "muhammad",
        ["mohamad"] = "muhammad", ["mohammud"] = "muhammad",
        ["usama"] = "osama",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Fold(string token, bool caseSensitive)
    {
        var folded = Letters(token, caseSensitive);
        return caseSensitive ? folded : Romanisations.GetValueOrDefault(folded, folded);
    }

    private static string Letters(string token, bool caseSensitive)
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
