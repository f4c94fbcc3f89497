namespace Nexus.Web.Graph;

/// <summary>A drawable graph; <see cref="Truncated"/> says edges were left out to respect the limit.</summary>
public sealed record GraphResponse(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated);
