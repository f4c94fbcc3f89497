using Nexus.Text.Tokenization;

namespace Nexus.Text.Gazetteers;

/// <summary>
/// Finds the longest gazetteer surfaces in a token sequence. Surfaces are tokenised like the text,
/// hyphens between name parts are optional on both sides, case-insensitive entries still require a
/// capitalised first letter in the text (proper names), and case-sensitive ones match exactly.
/// Immutable after construction; thread-safe.
/// </summary>
public sealed class GazetteerMatcher
{
    private readonly Node _root = new();

    public GazetteerMatcher(IEnumerable<GazetteerEntry> entries)
    {
        var seats = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is { SeatOf: { } country, Ref: { } city })
            {
                seats[city] = country;
            }
            if (entry is { Kind: EntityKind.Country, Ref: { } reference } && entry.Surface == entry.Canonical)
            {
                countries.TryAdd(reference, entry);
            }
            var words = Tokenizer.Tokenize(entry.Surface)
                .Select(t => t.Text)
                .Where(w => !NameKey.IsJoiner(w))
                .ToList();
            if (words.Count > 1 && words[0] is "the" or "The")
            {
                words.RemoveAt(0);
                // "The Base" names something; "The own" stripped of its article is an ordinary word.
                if (!char.IsUpper(words[0][0]))
                {
                    continue;
                }
            }
            if (words.Count == 0)
            {
                continue;
            }
            var node = _root;
            foreach (var word in words)
            {
                node = node.Child(NameKey.Fold(word, entry.CaseSensitive), entry.CaseSensitive);
            }
            node.Entries.Add(entry);
        }
        _root.Freeze();
        Seats = seats.Where(s => countries.ContainsKey(s.Value)).ToFrozenDictionary(s => s.Key, s => countries[s.Value], StringComparer.Ordinal);
    }

    /// <summary>Capital cities by reference ("geonames:1176615"), each with the list entry of the country whose government sits there.</summary>
    public FrozenDictionary<string, GazetteerEntry> Seats { get; }

    // "al-Qaida", "al-Shabaab": an Arabic article written in lower case, joined to a capitalised name, starts a name.
    private static bool IsArticlePrefixed(IReadOnlyList<Token> tokens, int start, int end) =>
        tokens[start].Text is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "an"
        && start + 2 < end && NameKey.IsJoiner(tokens[start + 1].Text)
        && tokens[start + 1].Span.Start == tokens[start].Span.End && tokens[start + 2].Span.Start == tokens[start + 1].Span.End
        && char.IsUpper(tokens[start + 2].Text[0]);

    /// <summary>Longest non-overlapping matches within <c>tokens[start..end)</c>, left to right.</summary>
    public IEnumerable<GazetteerMatch> Match(IReadOnlyList<Token> tokens, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var best = Longest(tokens, i, end);
            if (best is null)
            {
                i++;
                continue;
            }
            yield return best;
            i = best.EndToken;
        }
    }

    private GazetteerMatch? Longest(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (!char.IsLetterOrDigit(tokens[start].Text[0]))
        {
            return null;
        }
        var firstCapitalised = char.IsUpper(tokens[start].Text[0]) || IsArticlePrefixed(tokens, start, end);
        GazetteerMatch? best = null;
        // Case-insensitive entries count only after a capitalised first word, so without one that trie is not walked.
        var sensitive = _root;
        var insensitive = firstCapitalised ? _root : null;
        var i = start;
        while (i < end && (sensitive is not null || insensitive is not null))
        {
            var word = tokens[i].Text;
            sensitive = sensitive?.Next(word, caseSensitive: true);
            insensitive = insensitive?.Next(word, caseSensitive: false);
            // At equal length a case-insensitive match wins over a case-sensitive one.
            best = Usable(sensitive, caseSensitive: true, start, i + 1) ?? best;
            best = Usable(insensitive, caseSensitive: false, start, i + 1) ?? best;
            i++;
            // Skip a joining hyphen when a name continues right after it ("Lashkar-e-Taiba").
            if (i + 1 < end && NameKey.IsJoiner(tokens[i].Text)
                && tokens[i].Span.Start == tokens[i - 1].Span.End && tokens[i + 1].Span.Start == tokens[i].Span.End)
            {
                i++;
            }
        }
        return best;
    }

    /// <summary>The match ending at a node reached, when the node ends names of its trie's case-sensitivity.</summary>
    private static GazetteerMatch? Usable(Node? node, bool caseSensitive, int start, int end)
    {
        // Most nodes reached are inner words of longer names, with no entries of their own.
        if (node is null || node.Entries.Count == 0)
        {
            return null;
        }
        var usable = node.Entries.Where(e => e.CaseSensitive == caseSensitive).ToImmutableArray();
        return usable.Length > 0 ? new GazetteerMatch(start, end, usable) : null;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _sensitive;
        private Dictionary<string, Node>? _insensitive;
        private FrozenDictionary<string, Node>? _frozenSensitive;
        private FrozenDictionary<string, Node>? _frozenInsensitive;

        public List<GazetteerEntry> Entries { get; } = [];

        public Node Child(string key, bool caseSensitive)
        {
            var map = caseSensitive ? _sensitive ??= new(StringComparer.Ordinal) : _insensitive ??= new(StringComparer.Ordinal);
            if (!map.TryGetValue(key, out var child))
            {
                child = new Node();
                map[key] = child;
            }
            return child;
        }

        /// <summary>The child a word leads to in the trie of the given case-sensitivity; null when none.</summary>
        public Node? Next(string word, bool caseSensitive)
        {
            var map = caseSensitive ? _frozenSensitive : _frozenInsensitive;
            return map is not null && map.TryGetValue(NameKey.Fold(word, caseSensitive), out var child) ? child : null;
        }

        public void Freeze()
        {
            foreach (var child in ((IEnumerable<Node>?)_sensitive?.Values ?? []).Concat((IEnumerable<Node>?)_insensitive?.Values ?? []))
            {
                child.Freeze();
            }
            _frozenSensitive = _sensitive?.ToFrozenDictionary(StringComparer.Ordinal);
            _frozenInsensitive = _insensitive?.ToFrozenDictionary(StringComparer.Ordinal);
            _sensitive = null;
            _insensitive = null;
        }
    }
}
