using Nexus.Resolution.Entities;
using Nexus.Storage;

namespace Nexus.Engine.Ingestion;

/// <summary>
/// Recomputes global entities from every stored document entity and replays the analyst's curations
/// over them. Resolution is derived data: recomputing it from the whole store keeps it independent
/// of the order documents arrived in.
/// </summary>
public sealed class ResolutionWorkflow(NexusRuntime runtime, INexusStore store)
{
    /// <summary>Resolves, stores the result in place of the previous one, and returns it.</summary>
    public async Task<ResolutionResult> RunAsync(CancellationToken cancellationToken)
    {
        var members = new List<(string, DocumentEntity, DateOnly?)>();
        await foreach (var stored in store.ReadDocumentEntitiesAsync(cancellationToken))
        {
            members.Add((stored.DocumentId, stored.Entity, stored.Published));
        }
        var curations = await store.ListCurationsAsync(cancellationToken);
        var result = runtime.Resolver.Resolve(members, curations);
        await store.ReplaceResolutionAsync(result.Entities, result.Memberships, cancellationToken);
        return result;
    }
}
