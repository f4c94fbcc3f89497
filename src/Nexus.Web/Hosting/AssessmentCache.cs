using Nexus.Analysis.Assessment;

namespace Nexus.Web.Hosting;

/// <summary>
/// The store's assessment, computed once and shared by every request until the store changes:
/// assessing reads every claim and document (seconds on a large store), so requests must not each
/// run it. A change shows in the store's counts (documents, entities, claims, curations), which also
/// catches writers outside this process, and through <see cref="Invalidate"/>, which this app's
/// writer calls when it finishes (a rename changes no count). Thread-safe: requests that find the
/// assessment stale wait on one computation.
/// </summary>
public sealed class AssessmentCache(INexusStore store, IHostApplicationLifetime lifetime)
{
    private readonly Lock _gate = new();
    private Entry? _current;
    private int _generation;

    public async Task<AssessmentResult> GetAsync(CancellationToken cancellationToken)
    {
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        Task<AssessmentResult> assessing;
        lock (_gate)
        {
            var key = new Key(statistics.Documents, statistics.Entities, statistics.Claims, statistics.Curations, _generation);
            if (_current is not { } current || current.Key != key || current.Assessing.IsFaulted || current.Assessing.IsCanceled)
            {
                // Not the caller's token: other requests wait on this run too. Off the request thread,
                // and outside the lock, since grading is CPU work.
                _current = current = new Entry(key, Task.Run(
                    () => EvidenceAssessor.AssessAsync(store, new AssessmentOptions(), lifetime.ApplicationStopping), lifetime.ApplicationStopping));
            }
            assessing = current.Assessing;
        }
        return await assessing.WaitAsync(cancellationToken);
    }

    /// <summary>Makes the next request assess afresh.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
        }
    }

    private sealed record Entry(Key Key, Task<AssessmentResult> Assessing);

    private readonly record struct Key(int Documents, int Entities, int Claims, int Curations, int Generation);
}
