using System.Text;

namespace Nexus.Storage.Sqlite;

/// <summary>
/// What a user types, as an FTS5 query that cannot fail: every word or "phrase" becomes a quoted FTS5
/// string, so punctuation (<c>ISKP-LeT</c>, <c>*</c>, <c>(</c>, <c>:</c>) is left to the tokenizer and
/// never read as syntax. Follows PostgreSQL's websearch_to_tsquery: words are all required, <c>or</c>
/// between two words offers either, a leading <c>-</c> excludes a word. <see cref="Phrases"/> are the
/// words and phrases a match may contain (not the excluded ones), which its snippet marks.
/// </summary>
internal sealed record FtsQuery(string Match, ImmutableArray<string> Phrases)
{
    /// <summary>The query, or null when the text holds nothing to search for.</summary>
    public static FtsQuery? Parse(string text)
    {
        var groups = new List<List<string>>();
        var excluded = new List<string>();
        var phrases = ImmutableArray.CreateBuilder<string>();
        var joinNext = false;
        foreach (var (term, quoted) in Terms(text))
        {
            if (!quoted && term.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                joinNext = groups.Count > 0;
                continue;
            }
            var negated = !quoted && term.Length > 1 && term[0] == '-';
            var words = negated ? term[1..] : term;
            if (!words.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            var phrase = "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            if (negated)
            {
                excluded.Add(phrase);
            }
            else if (joinNext)
            {
                groups[^1].Add(phrase);
                phrases.Add(words);
            }
            else
            {
                groups.Add([phrase]);
                phrases.Add(words);
            }
            joinNext = false;
        }
        if (groups.Count == 0)
        {
            return null;
        }
        var query = new StringBuilder("(")
            .AppendJoin(" AND ", groups.Select(g => g.Count == 1 ? g[0] : "(" + string.Join(" OR ", g) + ")"))
            .Append(')');
        foreach (var phrase in excluded)
        {
            query.Append(" NOT ").Append(phrase);
        }
        return new FtsQuery(query.ToString(), phrases.ToImmutable());
    }

    /// <summary>Whitespace-separated words and double-quoted phrases; an unclosed quote runs to the end.</summary>
    private static IEnumerable<(string Term, bool Quoted)> Terms(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                yield return (text[(i + 1)..end], true);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }
            yield return (text[start..i], false);
        }
    }
}
