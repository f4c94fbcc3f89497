namespace Nexus.Engine.Queries;

/// <summary>Who holds a claim: the text as written, the holder kind, and the global entity when it is one.</summary>
public sealed record HolderView(string Text, HolderKind Kind, EntityRefView? Entity);
