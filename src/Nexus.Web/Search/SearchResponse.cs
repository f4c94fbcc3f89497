using Nexus.Web.Api;
using Nexus.Web.Entities;

namespace Nexus.Web.Search;

/// <summary>What a search found: matching entities, then a page of matching documents.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<EntityItem> Entities, Page<DocumentHit> Documents);
