using Nexus.Storage;

namespace Nexus.Engine.Queries;

/// <summary>Read-side questions the CLI and the HTTP API both ask of a store.</summary>
public sealed class NexusQueries(INexusStore store)
{
    /// <summary>
    /// The entity a user means by <paramref name="nameOrId"/>: an id, else the best name or alias match.
    /// Returns the other close matches too, so a caller can say when the name is ambiguous.
    /// </summary>
    public async Task<(Entity? Entity, IReadOnlyList<EntitySummary> Candidates)> FindAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (await store.GetEntityAsync(nameOrId, cancellationToken) is { } byId)
        {
            return (byId, []);
        }
        var candidates = await store.FindEntitiesAsync(new EntityQuery { Text = nameOrId, Page = PageRequest.First(10) }, cancellationToken);
        return candidates.Count == 0 ? (null, []) : (await store.GetEntityAsync(candidates[0].Id, cancellationToken), candidates);
    }

    public async Task<IReadOnlyList<ClaimView>> ClaimsAsync(string entityId, CancellationToken cancellationToken)
    {
        var claims = new List<ClaimView>();
        await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery { EntityId = entityId }, cancellationToken))
        {
            claims.Add(ClaimView.From(claim));
        }
        return claims;
    }

    public async Task<EntityProfile> ProfileAsync(Entity entity, CancellationToken cancellationToken) =>
        new(entity.Id, entity.Type, entity.Kind, entity.Name, [.. entity.Aliases], [.. entity.Refs], entity.Coordinates,
            await store.GetMembershipsAsync(entity.Id, cancellationToken),
            await ClaimsAsync(entity.Id, cancellationToken));
}
