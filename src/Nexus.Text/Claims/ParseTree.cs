namespace Nexus.Text.Claims;

/// <summary>
/// The dependency tree of one sentence (Universal Dependencies, set by the parser stage): heads,
/// relations and children by document token index. Empty when the pipeline has no parser, so that
/// every reader falls back to the token patterns.
/// </summary>
internal sealed class ParseTree
{
    private readonly SentenceView _view;
    private readonly List<int>[] _children;

    public ParseTree(SentenceView view)
    {
        _view = view;
        _children = new List<int>[view.Sentence.TokenCount];
        for (var k = 0; k < _children.Length; k++)
        {
            _children[k] = [];
        }
        for (var i = view.First; i < view.End; i++)
        {
            var token = view.Document.Tokens[i];
            IsParsed |= token.Relation is not null;
            if (token.Head >= view.First && token.Head < view.End && token.Head != i)
            {
                _children[token.Head - view.First].Add(i);
            }
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

    public IReadOnlyList<int> Children(int i) => _view.Contains(i) ? _children[i - _view.First] : [];

    public IEnumerable<int> Children(int i, params string[] relations) =>
        Children(i).Where(c => relations.Contains(Relation(c)));

    /// <summary>The lower-cased case marker of a nominal ("in" for "in Syria", "in support of" for "of X" under "in support").</summary>
    public string? Case(int i) =>
        Children(i).Where(c => Relation(c) is "case").Select(c => _view.Lower(c)).FirstOrDefault();

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
        var above = Ancestors(b);
        return Ancestors(a).FirstOrDefault(above.Contains, -1);
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
