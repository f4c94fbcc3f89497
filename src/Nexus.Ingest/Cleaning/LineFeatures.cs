namespace Nexus.Ingest.Cleaning;

/// <summary>What a line looks like, measured without knowing the site: the inputs of <see cref="BlockScorer"/>.</summary>
internal sealed record LineFeatures
{
    /// <summary>Tokens that contain a letter or digit.</summary>
    public int Words { get; init; }

    /// <summary>Ends like a sentence: . ! ? … possibly followed by a closing quote or bracket.</summary>
    public bool EndsSentence { get; init; }

    /// <summary>Sentence ends inside the line (". " followed by a capital), a sign of running prose.</summary>
    public int InnerSentences { get; init; }

    /// <summary>Share of words starting with a lower-case letter: prose has many, menus and headings few.</summary>
    public double LowercaseRatio { get; init; }

    /// <summary>Share of words that are menu vocabulary (Home, More, Latest, News, Share…).</summary>
    public double LinkWordRatio { get; init; }

    /// <summary>Menu separators (|, », >>, ›, •) standing alone or ending the line.</summary>
    public int Separators { get; init; }

    /// <summary>Furniture phrases found anywhere in the line (cookie, newsletter, ©, sign up…).</summary>
    public int ChromePhrases { get; init; }

    /// <summary>Starts like a teaser or link list ("Related:", "Read more", "Share").</summary>
    public bool StartsWithLinkCue { get; init; }

    public static LineFeatures Of(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = tokens.Where(t => t.Any(char.IsLetterOrDigit)).ToList();
        var lower = words.Count(w => FirstLetter(w) is { } c && char.IsLower(c));
        var links = words.Count(w => ChromeVocabulary.LinkWords.Contains(w.Trim(Punctuation)));
        var separators = tokens.Count(ChromeVocabulary.IsSeparator)
            + (line.EndsWith('»') || line.EndsWith(">>", StringComparison.Ordinal) || line.EndsWith('›') ? 1 : 0);
        var lowered = line.ToLowerInvariant();
        return new LineFeatures
        {
            Words = words.Count,
            EndsSentence = EndsLikeSentence(line),
            InnerSentences = InnerSentenceEnds(line),
            LowercaseRatio = words.Count == 0 ? 0 : (double)lower / words.Count,
            LinkWordRatio = words.Count == 0 ? 1 : (double)links / words.Count,
            Separators = separators,
            ChromePhrases = ChromeVocabulary.ChromePhrases.Count(p => lowered.Contains(p, StringComparison.Ordinal)),
            StartsWithLinkCue = ChromeVocabulary.LinkCues.Any(cue => StartsWithWord(lowered, cue)),
        };
    }

    /// <summary>A truncated teaser ("…", "...") does not count as a finished sentence.</summary>
    public static bool EndsLikeSentence(string line)
    {
        var end = line.TrimEnd('"', '\'', '”', '’', ')', ']', ' ');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' && !end.EndsWith("..", StringComparison.Ordinal);
    }

    private static readonly char[] Punctuation = ['.', ',', ':', ';', '!', '?', '"', '\'', '(', ')', '[', ']', '»', '«', '|', '“', '”', '‘', '’'];

    private static char? FirstLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }
        return null;
    }

    private static int InnerSentenceEnds(string line)
    {
        var count = 0;
        for (var i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && char.IsUpper(line[i + 2]) && char.IsLower(line[i - 1]))
            {
                count++;
            }
        }
        return count;
    }

    private static bool StartsWithWord(string lowered, string cue) =>
        lowered.StartsWith(cue, StringComparison.Ordinal)
        && (lowered.Length == cue.Length || !char.IsLetterOrDigit(lowered[cue.Length]));
}
