using Nexus.Text.Gazetteers;

namespace Nexus.Text.Names;

/// <summary>
/// Finds runs of capitalised tokens that may be names: "Mir Shafiq Mengal", "Lashkar-e-Taiba",
/// "Islamic State of Iraq". Name connectors ("e", "ul", "bin") and joining hyphens stay inside a run,
/// months and leading function words ("In", "The", "According") stay out, and titles split a run
/// ("… Movement Chairman Dr. Naseem Baloch" gives the movement, then the person).
/// </summary>
public static class CapitalisedRuns
{
    public static List<CapitalisedRun> Find(IReadOnlyList<Token> tokens, int start, int end)
    {
        var runs = new List<CapitalisedRun>();
        var i = start;
        while (i < end)
        {
            if (!IsCapitalised(tokens[i].Text))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end)
            {
                var text = tokens[j].Text;
                if (IsCapitalised(text))
                {
                    j++;
                }
                else if (j + 1 < end && IsInside(tokens, j) && (IsCapitalised(tokens[j + 1].Text) || Lexicon.NameConnectors.Contains(tokens[j + 1].Text) || NameKey.IsJoiner(tokens[j + 1].Text)))
                {
                    j++;
                }
                else if (text == "of" && j + 1 < end && IsCapitalised(tokens[j + 1].Text) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[j + 1].Text)
                    && (Lexicon.OrganizationHeads.Contains(tokens[j - 1].Text) || Lexicon.OfJoiners.Contains(tokens[j - 1].Text)))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }
            var runEnd = j;
            while (runEnd > i && !IsCapitalised(tokens[runEnd - 1].Text))
            {
                runEnd--;
            }
            var runStart = i;
            while (runStart < runEnd && Lexicon.CapitalisedFunctionWords.Contains(tokens[runStart].Text))
            {
                runStart++;
            }
            SplitAtTitles(tokens, runStart, runEnd, runs);
            i = j;
        }
        return runs;
    }

    /// <summary>A name-like token: capitalised word with lower-case rest, an honorific or a connector.</summary>
    public static bool IsNameLike(string token) =>
        Lexicon.NameConnectors.Contains(token) || NameKey.IsJoiner(token) || Lexicon.Honorifics.Contains(token)
        || token.Length > 1 && char.IsUpper(token[0]) && token.Skip(1).All(c => char.IsLower(c) || c is '\'' or '’')
           && !Lexicon.OrganizationHeads.Contains(token) && !Lexicon.Months.Contains(token)
        || token.Length == 2 && char.IsUpper(token[0]) && token[1] == '.';

    public static bool IsCapitalised(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && !Lexicon.Months.Contains(token)
        && (token.Length == 1 || token.Skip(1).Any(char.IsLetter) || token[^1] == '.');

    // A connector or hyphen is inside a name only when glued to its neighbours or a known connector.
    private static bool IsInside(IReadOnlyList<Token> tokens, int j)
    {
        var text = tokens[j].Text;
        if (NameKey.IsJoiner(text))
        {
            return tokens[j].Span.Start == tokens[j - 1].Span.End && tokens[j + 1].Span.Start == tokens[j].Span.End;
        }
        return Lexicon.NameConnectors.Contains(text) && (NameKey.IsJoiner(tokens[j - 1].Text) || IsCapitalised(tokens[j - 1].Text));
    }

    private static void SplitAtTitles(IReadOnlyList<Token> tokens, int start, int end, List<CapitalisedRun> runs)
    {
        var pieceStart = start;
        var titles = new List<string>();
        for (var k = start; k < end; k++)
        {
            if (!Lexicon.Titles.Contains(tokens[k].Text) || !StartsPersonName(tokens, k + 1, end))
            {
                continue;
            }
            if (k > pieceStart)
            {
                runs.Add(new CapitalisedRun(pieceStart, k, [.. titles]));
                titles.Clear();
            }
            titles.Add(tokens[k].Text);
            pieceStart = k + 1;
        }
        if (end > pieceStart)
        {
            runs.Add(new CapitalisedRun(pieceStart, end, [.. titles]));
        }
    }

    private static bool StartsPersonName(IReadOnlyList<Token> tokens, int start, int end) =>
        start < end && (Lexicon.Titles.Contains(tokens[start].Text) || IsNameLike(tokens[start].Text) && !Lexicon.NameConnectors.Contains(tokens[start].Text));
}
