namespace Nexus.Export.Graphs;

/// <summary>A claim in a graph export: its id, ends, interval and a value for every one of <see cref="GraphModel.EdgeAttributes"/>.</summary>
public sealed record GraphEdge(string Id, string Source, string Target, DateOnly? Start, DateOnly? End, ImmutableDictionary<string, string> Attributes);
