namespace Nexus.Web.Map;

/// <summary>What the map draws; events are capped at <see cref="MapEndpoints.MaxEvents"/>.</summary>
public sealed record MapResponse(IReadOnlyList<MapPlace> Places, IReadOnlyList<MapEvent> Events);
