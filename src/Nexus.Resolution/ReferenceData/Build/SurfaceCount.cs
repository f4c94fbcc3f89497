namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>Occurrences of a surface in the reference corpora.</summary>
/// <param name="Any">In any case.</param>
/// <param name="Lower">All in lower case: the surface used as an ordinary word or phrase ("police", "nice").</param>
/// <param name="Exact">In exactly the surface's case.</param>
internal readonly record struct SurfaceCount(int Any, int Lower, int Exact);
