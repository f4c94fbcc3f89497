using Nexus.Analysis.Assessment;

namespace Nexus.Web.Api;

/// <summary>Entities named by id in a request, looked up in the store.</summary>
internal static class EntityLookup
{
    /// <summary>The entities in the order given, or the not-found answer for the first id the store does not hold.</summary>
    public static async Task<(IReadOnlyList<AssessedEntity> Entities, ProblemHttpResult? Missing)> AllAsync(
        INexusStore store, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<AssessedEntity>();
        foreach (var id in ids)
        {
            if (await store.GetEntityAsync(id, cancellationToken) is not { } entity)
            {
                return ([], Problems.NoEntity(id));
            }
            found.Add(new AssessedEntity(entity.Id, entity.Name, entity.Type));
        }
        return (found, null);
    }
}
