using Nexus.Cli.Output;
using Nexus.Engine.Queries;
using Nexus.Storage;

namespace Nexus.Cli.Commands;

/// <summary>How the read commands find the entity a user names, and say so when there is none.</summary>
internal static class EntityLookup
{
    /// <summary>The entity <paramref name="name"/> means (id, else best name or alias match) and the other close matches; prints the error when there is none.</summary>
    public static async Task<(Entity? Entity, IReadOnlyList<EntitySummary> Candidates)> FindAsync(NexusQueries queries, string name, CancellationToken cancellationToken)
    {
        var found = await queries.FindAsync(name, cancellationToken);
        if (found.Entity is null)
        {
            Printer.Error($"No entity named \"{name}\" is in the store.");
        }
        return found;
    }
}
