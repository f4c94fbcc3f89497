namespace Nexus.Text.Names;

/// <summary>Tokens <c>[Start, End)</c> of a capitalised run and the titles written just before it.</summary>
public sealed record CapitalisedRun(int Start, int End, ImmutableArray<string> Titles)
{
    public int Length => End - Start;
}
