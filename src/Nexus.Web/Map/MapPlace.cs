namespace Nexus.Web.Map;

/// <summary>An entity with coordinates (WGS84 decimal degrees).</summary>
public sealed record MapPlace(string Id, string Name, EntityType Type, EntityKind? Kind, double Latitude, double Longitude);
