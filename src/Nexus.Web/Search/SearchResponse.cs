using Nexus.Web.Api;
using Nexus.Web.Entities;

namespace Nexus.Web.Search;

/// <summary>
/// What a search found: the best matching entities (<see cref="MoreEntities"/> when others match too),
/// then a page of matching documents and how many documents match in all.
/// </summary>
public sealed record SearchResponse(string Query, IReadOnlyList<EntityItem> Entities, bool MoreEntities, Page<DocumentHit> Documents, int MatchingDocuments);
