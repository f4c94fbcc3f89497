using Nexus.Engine;
using Nexus.Engine.Ingestion;

namespace Nexus.Export.Stix;

/// <summary>
/// Imports a STIX bundle into a store: each document in its own transaction (one already stored is
/// skipped, so importing twice changes nothing), then the curations, then a fresh resolution.
/// </summary>
public sealed class StixImportWorkflow(NexusRuntime runtime, INexusStore store)
{
    public async Task<StixImportSummary> RunAsync(Stream bundle, CancellationToken cancellationToken)
    {
        var plan = StixImporter.Read(bundle);
        var (added, already, claims) = (0, 0, 0);
        foreach (var document in plan.Documents)
        {
            if (await store.AddDocumentAsync(document, cancellationToken))
            {
                added++;
                claims += document.Claims.Length;
            }
            else
            {
                already++;
            }
        }
        var known = (await store.ListCurationsAsync(cancellationToken)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var curations = plan.Curations.Where(c => !known.Contains(c.Id)).OrderBy(c => c.At).ToList();
        foreach (var curation in curations)
        {
            await store.AddCurationAsync(curation, cancellationToken);
        }
        if (added > 0 || curations.Count > 0)
        {
            await new ResolutionWorkflow(runtime, store).RunAsync(cancellationToken);
        }
        return new StixImportSummary(added, already, claims, curations.Count, plan.Ignored);
    }
}
