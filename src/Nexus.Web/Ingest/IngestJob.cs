using Nexus.Engine.Ingestion;

namespace Nexus.Web.Ingest;

/// <summary>
/// One upload being ingested. Mutable by design: the ingest reports progress into it from worker
/// threads while requests read snapshots of it, so every access goes through the lock.
/// </summary>
public sealed class IngestJob(string id, IReadOnlyList<string> files) : IProgress<IngestProgress>
{
    private readonly Lock _lock = new();
    private IngestState _state = IngestState.Queued;
    private int _done;
    private string? _current;
    private IngestSummary? _summary;
    private string? _error;

    public string Id => id;

    public void Report(IngestProgress value)
    {
        lock (_lock)
        {
            _state = IngestState.Running;
            _done = value.Done;
            _current = UploadName(value.Current);
        }
    }

    public void Finish(IngestSummary summary)
    {
        lock (_lock)
        {
            (_state, _summary, _done) = (IngestState.Done, summary, files.Count);
        }
    }

    public void Fail(string error)
    {
        lock (_lock)
        {
            (_state, _error) = (IngestState.Failed, error);
        }
    }

    public IngestJobResponse Snapshot()
    {
        lock (_lock)
        {
            return new IngestJobResponse(
                id,
                _state,
                files,
                _done,
                files.Count,
                _current,
                _summary?.Added,
                _summary?.AlreadyStored,
                _summary?.Claims,
                _summary is { } s ? [.. s.Failures.Select(f => new IngestFailureItem(UploadName(f.Source), f.Item, f.Error))] : [],
                _error);
        }
    }

    /// <summary>The name the user uploaded, without the folder and the numbered prefix <see cref="IngestJobs"/> stored it under.</summary>
    private static string UploadName(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length > 4 && name[3] == '-' ? name[4..] : name;
    }
}
