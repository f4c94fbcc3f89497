using Nexus.Resolution.Screening;
using Nexus.Storage;

namespace Nexus.Engine.Screening;

/// <summary>
/// Screens every stored person and organisation against the reference lists (what <c>nexus xref</c>
/// shows): by its name and the aliases its documents use, within its type. A match resolution has
/// not attached (below its stricter thresholds, or ambiguous) is a lead for the analyst to check.
/// </summary>
public sealed class CrossReference(NexusRuntime runtime, INexusStore store)
{
    /// <summary>Entities with at least one match, the best-matching first (then by name).</summary>
    public async Task<IReadOnlyList<XrefEntry>> RunAsync(ScreeningOptions options, CancellationToken cancellationToken)
    {
        var screener = runtime.References.Screener;
        var entries = new List<XrefEntry>();
        await foreach (var entity in store.ReadEntitiesAsync(cancellationToken))
        {
            var matches = screener.ScreenEntity(entity, options).Matches;
            if (matches.Length > 0)
            {
                entries.Add(new XrefEntry(entity.Id, entity.Name, entity.Type, entity.Kind,
                    [.. matches.Select(m => new XrefMatch(m.Name, m.MatchedAlias, m.Ref, m.List, m.Score, entity.Refs.Contains(m.Ref)))]));
            }
        }
        return [.. entries.OrderByDescending(e => e.Matches[0].Score).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Entity, StringComparer.Ordinal)];
    }
}
