namespace Nexus.Export.Graphs;

/// <summary>An entity in a graph export, with a value for every one of <see cref="GraphModel.NodeAttributes"/>.</summary>
public sealed record GraphNode(string Id, ImmutableDictionary<string, string> Attributes);
