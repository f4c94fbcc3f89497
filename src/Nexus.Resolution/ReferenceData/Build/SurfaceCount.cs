namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>Occurrences of a surface in the reference corpora.</summary>
/// <param name="Any">In any case.</param>
/// <param name="Lower">All in lower case: the surface used as an ordinary word or phrase ("police", "nice").</param>
/// <param name="Exact">In exactly the surface's case.</param>
/// <param name="Adjective">
/// One-word surfaces only: uses in exactly its case, capitalised, standing alone (not first in the
/// sentence, no capitalised word before or after it) and tagged as an adjective ("Saudi officials").
/// </param>
/// <param name="ProperNoun">The same, tagged as a proper noun ("talks in Turkey").</param>
internal readonly record struct SurfaceCount(int Any, int Lower, int Exact, int Adjective = 0, int ProperNoun = 0);
