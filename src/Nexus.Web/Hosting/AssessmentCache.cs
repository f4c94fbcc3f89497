using Nexus.Analysis.Assessment;

namespace Nexus.Web.Hosting;

/// <summary>
/// The store's assessment, computed once and shared by every request until the store changes:
/// assessing reads every claim and document (seconds on a large store), so requests must not each
/// run it. A change shows in the store's change count, which every committed write moves — a
/// document, a resolution, a curation, from this process or another. Thread-safe: requests that find
/// the assessment stale wait on one computation.
/// </summary>
public sealed class AssessmentCache(INexusStore store, IHostApplicationLifetime lifetime)
{
    private readonly Lock _gate = new();
    private Entry? _current;

    public async Task<AssessmentResult> GetAsync(CancellationToken cancellationToken)
    {
        // Read before the assessment reads the store, so a result is never older than its key.
        var changes = await store.GetChangeCountAsync(cancellationToken);
        Task<AssessmentResult> assessing;
        lock (_gate)
        {
            if (_current is not { } current || current.Changes != changes || current.Assessing.IsFaulted || current.Assessing.IsCanceled)
            {
                // Not the caller's token: other requests wait on this run too. Off the request thread,
                // and outside the lock, since grading is CPU work.
                _current = current = new Entry(changes, Task.Run(
                    () => EvidenceAssessor.AssessAsync(store, new AssessmentOptions(), lifetime.ApplicationStopping), lifetime.ApplicationStopping));
            }
            assessing = current.Assessing;
        }
        return await assessing.WaitAsync(cancellationToken);
    }

    private sealed record Entry(long Changes, Task<AssessmentResult> Assessing);
}
