using Nexus.Web.Documents;
using Nexus.Web.Entities;

namespace Nexus.Web.Overview;

/// <summary>Store counts, the most documented entities and the latest documents.</summary>
public sealed record OverviewResponse(
    int Documents,
    int Entities,
    int Claims,
    int Mentions,
    int Curations,
    IReadOnlyList<EntityItem> TopEntities,
    IReadOnlyList<DocumentItem> RecentDocuments);
