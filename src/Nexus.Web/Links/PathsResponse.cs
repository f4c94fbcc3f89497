using Nexus.Analysis.Assessment;

namespace Nexus.Web.Links;

/// <summary>The best evidence chains between two entities, fewest hops first, then best evidenced; none when no chain is short enough.</summary>
public sealed record PathsResponse(AssessedEntity From, AssessedEntity To, IReadOnlyList<PathItem> Paths);
