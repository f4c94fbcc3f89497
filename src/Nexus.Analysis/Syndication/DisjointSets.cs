namespace Nexus.Analysis.Syndication;

/// <summary>Union–find over 0..n-1 with path halving and union by size. Mutable; one per detection run.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int count)
    {
        _parent = [.. Enumerable.Range(0, count)];
        _size = new int[count];
        Array.Fill(_size, 1);
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    public bool Same(int a, int b) => Find(a) == Find(b);

    public void Join(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
        {
            return;
        }
        if (_size[ra] < _size[rb])
        {
            (ra, rb) = (rb, ra);
        }
        _parent[rb] = ra;
        _size[ra] += _size[rb];
    }
}
