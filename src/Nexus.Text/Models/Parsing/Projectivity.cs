namespace Nexus.Text.Models.Parsing;

/// <summary>Checks whether a tree's arcs cross; heads are 0-based indices with -1 for the root.</summary>
public static class Projectivity
{
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (var i = 0; i < heads.Length; i++)
        {
            var (a, b) = Arc(i, heads[i]);
            for (var j = 0; j < heads.Length; j++)
            {
                var (c, d) = Arc(j, heads[j]);
                if (a < c && c < b && b < d)
                {
                    return false;
                }
            }
        }
        return true;
    }

    // The root arc spans from an artificial position before the sentence.
    private static (int Left, int Right) Arc(int dependent, int head)
    {
        var h = head < 0 ? -1 : head;
        return (Math.Min(dependent, h), Math.Max(dependent, h));
    }
}
