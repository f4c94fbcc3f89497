namespace Nexus.Engine.Queries;

/// <summary>An end of a claim as scripts and pages see it: the global id (null before resolution), name and type.</summary>
public sealed record EntityRefView(string? Id, string Name, EntityType Type);
