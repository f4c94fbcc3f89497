namespace Nexus.Core;

/// <summary>WGS84 coordinates in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
