using Nexus.Resolution.Names;
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

    /// <summary>
    /// The entities <paramref name="nameOrId"/> names exactly: the entity with that id, else every
    /// entity whose name or an alias is the same words (ignoring case, accents and punctuation).
    /// Curations act only on exact names, since a near match may be someone else.
    /// </summary>
    public async Task<IReadOnlyList<Entity>> NamedAsync(string nameOrId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        if (await store.GetEntityAsync(nameOrId, cancellationToken) is { } byId)
        {
            return [byId];
        }
        var folded = NameNormalizer.Fold(nameOrId);
        var named = new List<Entity>();
        foreach (var candidate in await store.FindEntitiesAsync(new EntityQuery { Text = nameOrId, Page = PageRequest.First(100) }, cancellationToken))
        {
            if (await store.GetEntityAsync(candidate.Id, cancellationToken) is { } entity
                && entity.Aliases.Select(a => a.Name).Prepend(entity.Name).Any(n => string.Equals(NameNormalizer.Fold(n), folded, StringComparison.Ordinal)))
            {
                named.Add(entity);
            }
        }
        return named;
    }

    /// <summary>The document-local entities that make up an entity, with their names and why each joined.</summary>
    public async Task<IReadOnlyList<MemberView>> MembersAsync(string entityId, CancellationToken cancellationToken)
    {
        var documents = new DocumentCache(store);
        var members = new List<MemberView>();
        foreach (var m in await store.GetMembershipsAsync(entityId, cancellationToken))
        {
            var document = await documents.GetAsync(m.Member.DocumentId, cancellationToken);
            members.Add(new MemberView(m.Member.Handle, m.Member.DocumentId, m.Member.Key, document?.Entity(m.Member.Key)?.Name,
                document?.Document.Metadata.Title, Dates.Iso(document?.Document.Metadata.Published), m.Reason, m.Score));
        }
        return members;
    }

    /// <summary>Every curation, oldest first, each target with a readable name.</summary>
    public async Task<IReadOnlyList<CurationView>> HistoryAsync(CancellationToken cancellationToken)
    {
        var documents = new DocumentCache(store);
        var history = new List<CurationView>();
        foreach (var c in await store.ListCurationsAsync(cancellationToken))
        {
            var names = new List<string>(c.Targets.Length);
            foreach (var target in c.Targets)
            {
                names.Add(await documents.NameAsync(target, cancellationToken));
            }
            history.Add(new CurationView(c.Id, c.At, c.Action, [.. c.Targets], names, c.Value, c.Reason, c.Analyst));
        }
        return history;
    }
}
