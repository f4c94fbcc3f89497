using Nexus.Engine;
using Nexus.Engine.Ingestion;
using Nexus.Ingest;

namespace Nexus.Web.Hosting;

/// <summary>
/// The one door through which the web app changes the store. Ingests and curations each end by
/// re-resolving entities across the whole store, so they run one at a time: two resolutions racing
/// could store the older result last. What they commit moves the store's change count, which makes
/// the cached assessment and responses stale.
/// </summary>
public sealed class StoreWriter(NexusRuntime runtime, INexusStore store) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IngestSummary> IngestAsync(IReadOnlyList<string> paths, IngestOptions options, IProgress<IngestProgress> progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await new IngestWorkflow(runtime, store).RunAsync(paths, options, progress, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stores a curation and, when it changes entities, re-resolves so that it shows at once.</summary>
    public async Task CurateAsync(Core.Curation curation, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await store.AddCurationAsync(curation, cancellationToken);
            if (curation.Action is CurationAction.Merge or CurationAction.Split or CurationAction.Rename)
            {
                await new ResolutionWorkflow(runtime, store).RunAsync(cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
