namespace Nexus.Text.Models.Parsing;

/// <summary>
/// A parse of one sentence: for each word the index of its head within the sentence (-1 for the
/// root) and its Universal Dependencies relation.
/// </summary>
public sealed record DependencyTree(ImmutableArray<int> Heads, ImmutableArray<string> Relations)
{
    /// <summary>True when no two arcs cross (drawn above the sentence), as the arc-eager system guarantees.</summary>
    public bool IsProjective => Projectivity.IsProjective(Heads.AsSpan());
}
