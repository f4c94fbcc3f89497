using System.Text;
using System.Text.RegularExpressions;
using Nexus.Resolution.Names;

namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// Tidies names as the lists write them: display case for all-capital names, parenthesised
/// acronyms and glosses taken apart, trailing notes ("son of …", ", born in …") cut off.
/// </summary>
internal static partial class NameCleaner
{
    /// <summary>A name in display case: "LASHKAR-E-TAYYIBA" → "Lashkar-e-Tayyiba"; mixed-case names stay as they are.</summary>
    public static string DisplayCase(string name)
    {
        var trimmed = Squash(name);
        if (trimmed.Any(char.IsLower) || !trimmed.Any(char.IsLetter) || NameNormalizer.LooksLikeAcronym(trimmed))
        {
            return trimmed;
        }
        var sb = new StringBuilder(trimmed.Length);
        var start = true;
        var segment = new StringBuilder();
        foreach (var c in trimmed + " ")
        {
            if (char.IsLetter(c) || c is '\'' or '’')
            {
                segment.Append(c);
                continue;
            }
            Flush(sb, segment, start);
            start = c == ' ' && sb.Length == 0;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();

        static void Flush(StringBuilder sb, StringBuilder segment, bool first)
        {
            if (segment.Length == 0)
            {
                return;
            }
            var word = segment.ToString().ToLowerInvariant();
            var afterHyphen = sb.Length > 0 && sb[^1] == '-';
            var keepLower = !first && (afterHyphen || word.Length <= 3 || word is "bint" or "wal")
                && NameNormalizer.IsConnector(word);
            sb.Append(keepLower ? word : char.ToUpperInvariant(word[0]) + word[1..]);
            segment.Clear();
        }
    }

    /// <summary>Latin letters with their diacritics folded, case kept: "Türkiye" → "Turkiye".</summary>
    public static string AsciiLetters(string text) => AnyAscii.Transliteration.Transliterate(text);

    /// <summary>Collapses runs of white space and trims.</summary>
    public static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>True when the text holds letters outside the Latin script (Arabic, Cyrillic…).</summary>
    public static bool HasNonLatin(string text) =>
        text.Any(c => char.IsLetter(c) && c > '\u024F' && c is not ('\u2018' or '\u2019'));

    /// <summary>
    /// Splits "Falah-i-Insaniat Foundation (FIF)" into the outer name and the parenthesised parts
    /// ("FIF"); an unclosed parenthesis (a truncated list entry) is dropped with what follows it.
    /// </summary>
    public static (string Outer, IReadOnlyList<string> Inner) SplitParentheses(string text)
    {
        var outer = new StringBuilder();
        var inner = new List<string>();
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
                if (depth == 1)
                {
                    current.Clear();
                    continue;
                }
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
                if (depth == 0)
                {
                    inner.Add(Squash(current.ToString()));
                    continue;
                }
            }
            (depth == 0 ? outer : current).Append(c);
        }
        return (Squash(outer.ToString()), inner.Where(s => s.Length > 0).ToList());
    }

    /// <summary>
    /// Splits a comma/semicolon list outside parentheses, dropping a leading "and " from items
    /// ("A, B and C D" → A, B, C D).
    /// </summary>
    public static IEnumerable<string> SplitList(string text)
    {
        var depth = 0;
        var current = new StringBuilder();
        var items = new List<string>();
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && c is ',' or ';')
            {
                items.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        items.Add(current.ToString());
        for (var i = 0; i < items.Count; i++)
        {
            var item = Squash(items[i]).TrimEnd('.');
            if (item.StartsWith("and ", StringComparison.Ordinal))
            {
                item = item[4..];
            }
            var and = i == items.Count - 1 && items.Count > 1 ? LastJoiningAnd(item) : -1;
            if (and > 0)
            {
                yield return item[..and];
                yield return item[(and + 5)..];
            }
            else if (item.Length > 0)
            {
                yield return item;
            }
        }

        // "… and Basque Homeland and Freedom": the last " and " with two or more words on each side
        // joins two list members; "Army of the Pure and Righteous" stays whole.
        static int LastJoiningAnd(string item)
        {
            for (var at = item.LastIndexOf(" and ", StringComparison.Ordinal); at > 0; at = item.LastIndexOf(" and ", at - 1, StringComparison.Ordinal))
            {
                if (item[..at].Contains(' ', StringComparison.Ordinal) && item[(at + 5)..].Contains(' ', StringComparison.Ordinal))
                {
                    return at;
                }
            }
            return -1;
        }
    }

    /// <summary>
    /// Cleans one UN alias into the names it holds: trailing notes cut ("son of …", ", born …",
    /// "(false identity …"), original-script names kept apart from their Latin glosses
    /// ("حسن غول (Hassan Ghul; Hassan Gul)" → the Arabic form and both Latin forms).
    /// </summary>
    public static IEnumerable<string> UnAlias(string alias)
    {
        var text = Squash(alias);
        foreach (var cut in TrailingNotes)
        {
            var at = text.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                text = text[..at];
            }
        }
        var (outer, inner) = SplitParentheses(text.Trim('"', '“', '”'));
        outer = outer.Trim(' ', ',', ';', '.', '-');
        foreach (var part in outer.Split([" / ", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return part;
        }
        foreach (var part in inner)
        {
            var content = part.StartsWith("original script:", StringComparison.OrdinalIgnoreCase) ? part[16..] : part;
            var acronyms = content.Split(',', StringSplitOptions.TrimEntries).All(NameNormalizer.LooksLikeAcronym);
            if (HasNonLatin(outer) || acronyms || content.Contains(';', StringComparison.Ordinal) || HasNonLatin(content))
            {
                foreach (var name in content.Split(acronyms ? ',' : ';'))
                {
                    var n = Squash(name).Trim(' ', ',', '.');
                    if (n.Length > 1)
                    {
                        yield return n;
                    }
                }
            }
        }
    }

    private static readonly string[] TrailingNotes =
        [" son of ", " s/o ", ", born", " born in ", " born on ", ", date of", " (false identity", " (previously listed", ", previously listed", " (formerly listed"];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
