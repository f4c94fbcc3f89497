using Nexus.Analysis.Assessment;
using Nexus.Analysis.Timeline;

namespace Nexus.Web.Timeline;

/// <summary>
/// The claims of assertions naming the entities, in time order; each entry keeps the precision its
/// date was written with (<c>granularity</c>), its assertion's grade and the claim as evidence.
/// </summary>
public sealed record TimelineResponse(IReadOnlyList<AssessedEntity> Entities, IReadOnlyList<TimelineEntry> Entries);
