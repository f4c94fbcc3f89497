namespace Nexus.Web.Entities;

/// <summary>An entity in a listing, with how much evidence names it.</summary>
public sealed record EntityItem(string Id, EntityType Type, EntityKind? Kind, string Name, int Documents, int Claims, string? MatchedAlias)
{
    public static EntityItem From(EntitySummary summary) =>
        new(summary.Id, summary.Type, summary.Kind, summary.Name, summary.DocumentCount, summary.ClaimCount, summary.MatchedAlias);
}
