namespace Nexus.Web.Graph;

/// <summary>An entity in the graph; <see cref="Claims"/> counts the drawn claims it takes part in.</summary>
public sealed record GraphNode(string Id, string Name, EntityType Type, int Claims);
