namespace Nexus.Text.Claims;

/// <summary>
/// The dependency tree of one sentence (Universal Dependencies, set by the parser stage): heads,
/// relations and children by document token index. Empty when the pipeline has no parser, so that
/// every reader falls back to the token patterns.
/// </summary>
internal sealed class ParseTree
{
    private readonly SentenceView _view;

    // Each token's children, made on first use: a sentence left unparsed needs none.
    private int[][]? _children;

    public ParseTree(SentenceView view)
    {
        _view = view;
        for (var i = view.First; i < view.End && !IsParsed; i++)
        {
            IsParsed = view.Document.Tokens[i].Relation is not null;
        }
    }

    public bool IsParsed { get; }

    /// <summary>The head of token <paramref name="i"/>, or -1 for the root.</summary>
    public int Head(int i)
    {
        var head = _view.Document.Tokens[i].Head;
        return _view.Contains(head) ? head : -1;
    }

    /// <summary>The full relation ("nsubj:pass", "obl"), or "" when unparsed.</summary>
    public string Relation(int i) => _view.Contains(i) ? _view.Document.Tokens[i].Relation ?? "" : "";

    /// <summary>The relation without its subtype ("nmod:poss" → "nmod").</summary>
    public string BaseRelation(int i)
    {
        var relation = Relation(i);
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }

    public string Tag(int i) => _view.Contains(i) ? _view.Document.Tokens[i].Tag ?? "" : "";

    public IReadOnlyList<int> Children(int i) => _view.Contains(i) ? (_children ??= Build(_view))[i - _view.First] : [];

    // Counted first, so each token gets one array of the right size (leaves share the empty one).
    private static int[][] Build(SentenceView view)
    {
        var counts = new int[view.Sentence.TokenCount];
        for (var i = view.First; i < view.End; i++)
        {
            if (HeadWithin(view, i) is var head and >= 0)
            {
                counts[head - view.First]++;
            }
        }
        var children = new int[counts.Length][];
        for (var k = 0; k < children.Length; k++)
        {
            children[k] = counts[k] == 0 ? [] : new int[counts[k]];
            counts[k] = 0;
        }
        for (var i = view.First; i < view.End; i++)
        {
            if (HeadWithin(view, i) is var head and >= 0)
            {
                children[head - view.First][counts[head - view.First]++] = i;
            }
        }
        return children;
    }

    // The head of token i when it is another token of the sentence, else -1.
    private static int HeadWithin(SentenceView view, int i)
    {
        var head = view.Document.Tokens[i].Head;
        return head >= view.First && head < view.End && head != i ? head : -1;
    }

    public IEnumerable<int> Children(int i, params string[] relations) =>
        Children(i).Where(c => relations.Contains(Relation(c)));

    /// <summary>The lower-cased case marker of a nominal ("in" for "in Syria", "in support of" for "of X" under "in support").</summary>
    public string? Case(int i)
    {
        // Asked of every token by several readers, so a loop rather than a query.
        var children = Children(i);
        for (var k = 0; k < children.Count; k++)
        {
            if (Relation(children[k]) is "case")
            {
                return _view.Lower(children[k]);
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="ancestor"/> dominates <paramref name="i"/> (or is it).</summary>
    public bool Dominates(int ancestor, int i)
    {
        for (var steps = 0; i >= 0 && steps < _view.Sentence.TokenCount; steps++, i = Head(i))
        {
            if (i == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The token and its heads up to the root.</summary>
    public List<int> Ancestors(int i)
    {
        var chain = new List<int>();
        for (; i >= 0 && chain.Count < _view.Sentence.TokenCount; i = Head(i))
        {
            chain.Add(i);
        }
        return chain;
    }

    /// <summary>The lowest token that dominates both, or -1 when they hang from different roots.</summary>
    public int CommonAncestor(int a, int b)
    {
        for (var steps = 0; a >= 0 && steps < _view.Sentence.TokenCount; steps++, a = Head(a))
        {
            if (Dominates(a, b))
            {
                return a;
            }
        }
        return -1;
    }

    /// <summary>The token and every token conjoined to it ("A, B and C" from A).</summary>
    public IEnumerable<int> WithConjuncts(int i)
    {
        yield return i;
        foreach (var c in Children(i, "conj"))
        {
            foreach (var k in WithConjuncts(c))
            {
                yield return k;
            }
        }
    }
}
