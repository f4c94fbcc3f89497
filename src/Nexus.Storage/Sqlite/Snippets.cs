using System.Buffers;
using System.Text;

namespace Nexus.Storage.Sqlite;

/// <summary>
/// Cuts a search hit's snippet from its document's text in C#, with the tokens FTS5 indexed
/// (<see cref="FtsTokenizer"/>): the window of <see cref="Window"/> tokens holding the most of the
/// query's phrases (then the most matches), beginning at the first match's sentence when that keeps
/// the window's matches in view, else centred on them; its matches are the highlights. FTS5's own
/// <c>snippet()</c> re-tokenised and stemmed the whole document for each hit. A text with no match
/// (the title matched) gives the title's snippet when the title holds one, else the text's opening.
/// </summary>
internal sealed class Snippets
{
    /// <summary>Tokens a snippet shows, as FTS5's <c>snippet(…, 24)</c> did.</summary>
    public const int Window = 24;

    private const string Ellipsis = "…";

    /// <summary>A window's score: each distinct phrase it holds outweighs any number of repeats.</summary>
    private const int DistinctWeight = 1000;

    /// <summary>The distinct terms of the query, UTF-8, folded and stemmed as the index holds them.</summary>
    private readonly byte[][] terms;

    /// <summary>Each phrase as indexes into <see cref="terms"/>.</summary>
    private readonly int[][] phrases;

    /// <summary>
    /// What a token must begin with to be stemmed at all, one pair per term: the term's first
    /// character, and its second when the term is ASCII and at least 3 long (Porter changes a word
    /// only from its third letter on, except in stems of 1 or 2 letters); 0 where any will do.
    /// </summary>
    private readonly (char First, char Second)[] prefixes;

    /// <summary>The longest a token's term can be and still equal one of <see cref="terms"/>.</summary>
    private readonly int maxTermBytes;

    public Snippets(IEnumerable<string> phrases)
    {
        var distinct = new List<byte[]>();
        var tokenized = new List<int[]>();
        foreach (var phrase in phrases)
        {
            var ids = new List<int>();
            foreach (var term in FtsTokenizer.Terms(phrase))
            {
                var id = distinct.FindIndex(t => t.AsSpan().SequenceEqual(term));
                if (id < 0)
                {
                    id = distinct.Count;
                    distinct.Add(term);
                }
                ids.Add(id);
            }
            if (ids.Count > 0)
            {
                tokenized.Add([.. ids]);
            }
        }
        terms = [.. distinct];
        this.phrases = [.. tokenized];
        prefixes = [.. terms.Select(t => (Encoding.UTF8.GetString(t)[0], t.Length >= 3 && t[0] < 0x80 && t[1] < 0x80 ? (char)t[1] : '\0')).Distinct()];
        maxTermBytes = Math.Max(PorterStemmer.MaxLength, terms.Length == 0 ? 0 : terms.Max(t => t.Length));
    }

    public SearchHit Hit(string documentId, string? title, string text, double rank)
    {
        using var textTokens = Tokenize(text);
        var (snippet, highlights) = textTokens.HasMatch || title is null
            ? Cut(text, textTokens)
            : CutTitleOr(title, text, textTokens);
        return new SearchHit(documentId, title, snippet, rank) { Highlights = highlights };
    }

    private (string, ImmutableArray<TextSpan>) CutTitleOr(string title, string text, Tokens textTokens)
    {
        using var titleTokens = Tokenize(title);
        return titleTokens.HasMatch ? Cut(title, titleTokens) : Cut(text, textTokens);
    }

    private Tokens Tokenize(string text)
    {
        var tokens = new Tokens(text, phrases.Length);
        Span<byte> term = stackalloc byte[maxTermBytes];
        for (var t = 0; t < tokens.Count; t++)
        {
            var (start, end) = (tokens.Start(t), tokens.End(t));
            // A token of more than four units per byte of the longest term would be mostly dropped marks.
            if (end - start <= 4 * maxTermBytes && MayMatch(text, start, end))
            {
                tokens.SetTerm(t, IdOf(term[..Math.Max(0, FtsTokenizer.Term(text.AsSpan(start, end - start), term))]));
            }
        }
        tokens.FindMatches(phrases);
        return tokens;
    }

    /// <summary>Whether the token's first two characters, folded, allow one of the terms (a surrogate or a dropped mark there allows any).</summary>
    private bool MayMatch(string text, int start, int end)
    {
        var first = FtsTokenizer.Fold(text[start]);
        var second = end - start > 1 ? FtsTokenizer.Fold(text[start + 1]) : '\uFFFF';
        if (first is '\0' or FtsTokenizer.Dropped)
        {
            return true;
        }
        foreach (var (a, b) in prefixes)
        {
            if (first == a && (b == '\0' || second == b || second is '\0' or FtsTokenizer.Dropped))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Which query term <paramref name="term"/> is, or -1.</summary>
    private int IdOf(ReadOnlySpan<byte> term)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (term.Length > 0 && term.SequenceEqual(terms[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static (string, ImmutableArray<TextSpan>) Cut(string text, Tokens tokens)
    {
        if (tokens.Count == 0)
        {
            return (text.Trim(), []);
        }
        var start = tokens.BestWindowStart(Window);
        var end = Math.Min(tokens.Count, start + Window);
        var from = start == 0 ? 0 : tokens.Start(start);
        var to = end == tokens.Count ? text.Length : tokens.End(end - 1);
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        var prefix = start > 0 ? Ellipsis : "";
        var snippet = string.Concat(prefix, text.AsSpan(from, to - from), end < tokens.Count ? Ellipsis : "");
        var shift = prefix.Length - from;
        var highlights = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var (first, last) in tokens.MatchesWithin(start, end))
        {
            var span = new TextSpan(tokens.Start(first) + shift, tokens.End(last) + shift);
            if (highlights.Count > 0 && span.Start < highlights[^1].End)
            {
                highlights[^1] = new TextSpan(highlights[^1].Start, Math.Max(span.End, highlights[^1].End));
            }
            else
            {
                highlights.Add(span);
            }
        }
        return (snippet, highlights.ToImmutable());
    }

    /// <summary>A text's tokens (offsets and term ids, in pooled arrays) and the phrase matches among them.</summary>
    private sealed class Tokens : IDisposable
    {
        private readonly string text;
        private readonly int phraseCount;
        private readonly int[] starts;
        private readonly int[] ends;
        private readonly int[] ids;
        private readonly List<(int First, int Last, int Phrase)> matches = [];

        public Tokens(string text, int phraseCount)
        {
            (this.text, this.phraseCount) = (text, phraseCount);
            var capacity = FtsTokenizer.MaxTokens(text);
            (starts, ends) = (ArrayPool<int>.Shared.Rent(capacity), ArrayPool<int>.Shared.Rent(capacity));
            Count = FtsTokenizer.Tokens(text, starts, ends);
            ids = ArrayPool<int>.Shared.Rent(Count);
            ids.AsSpan(0, Count).Fill(-1);
        }

        public int Count { get; }

        public bool HasMatch => matches.Count > 0;

        public int Start(int token) => starts[token];

        public int End(int token) => ends[token];

        /// <summary>Records which query term token <paramref name="token"/> is (-1 for none).</summary>
        public void SetTerm(int token, int id) => ids[token] = id;

        public void FindMatches(int[][] phrases)
        {
            for (var i = 0; i < Count; i++)
            {
                if (ids[i] < 0)
                {
                    continue;
                }
                for (var p = 0; p < phrases.Length; p++)
                {
                    var phrase = phrases[p];
                    var j = 0;
                    while (j < phrase.Length && i + j < Count && ids[i + j] == phrase[j])
                    {
                        j++;
                    }
                    if (j == phrase.Length)
                    {
                        matches.Add((i, i + j - 1, p));
                    }
                }
            }
        }

        /// <summary>
        /// Where the snippet starts: the window of <paramref name="window"/> tokens from a match that
        /// holds the most distinct phrases, then the most matches (the earliest of equals), moved back
        /// to its first match's sentence or to centre its matches. Without matches, the text's start.
        /// </summary>
        public int BestWindowStart(int window)
        {
            if (matches.Count == 0)
            {
                return 0;
            }
            // Matches come in order of their first token; [left, right) are those inside the window from left's.
            var counts = new int[phraseCount];
            var (distinct, right) = (0, 0);
            var (best, bestRight, bestScore) = (0, 0, 0);
            for (var left = 0; left < matches.Count; left++)
            {
                right = Math.Max(right, left);
                while (right < matches.Count && matches[right].Last < matches[left].First + window)
                {
                    distinct += counts[matches[right++].Phrase]++ == 0 ? 1 : 0;
                }
                var score = (distinct * DistinctWeight) + (right - left);
                if (right > left && score > bestScore)
                {
                    (best, bestRight, bestScore) = (left, right, score);
                }
                if (right > left)
                {
                    distinct -= --counts[matches[left].Phrase] == 0 ? 1 : 0;
                }
            }
            var first = matches[best].First;
            var last = Enumerable.Range(best, bestRight - best).Max(m => matches[m].Last);
            var slack = Math.Max(0, window - (last - first + 1));
            var start = first - (slack / 2);
            for (var t = first; t >= Math.Max(0, first - slack); t--)
            {
                if (StartsSentence(t))
                {
                    start = t;
                    break;
                }
            }
            return Math.Max(0, Math.Min(start, Count - window));
        }

        public IEnumerable<(int First, int Last)> MatchesWithin(int start, int end) =>
            matches.Where(m => m.First >= start && m.Last < end).Select(m => (m.First, m.Last));

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<int>.Shared.Return(ids);
        }

        /// <summary>A token after a full stop, question or exclamation mark, or a line break, or the first.</summary>
        private bool StartsSentence(int token) =>
            token == 0 || text.AsSpan(ends[token - 1], starts[token] - ends[token - 1]).IndexOfAny(".!?\n") >= 0;
    }
}
