namespace Nexus.Text.Gazetteers;

/// <summary>Tokens <c>[StartToken, EndToken)</c> matched one surface; every entry sharing that surface is kept.</summary>
public sealed record GazetteerMatch(int StartToken, int EndToken, ImmutableArray<GazetteerEntry> Entries);
