using System.Collections.Concurrent;
using Nexus.Ingest;
using Nexus.Storage;

namespace Nexus.Engine.Ingestion;

/// <summary>
/// Reads files and folders, extracts each new document on every core, stores it (one transaction per
/// document), then re-resolves entities across the store. A document whose text is already stored is
/// skipped before extraction; a file that cannot be read is reported and the batch goes on.
/// </summary>
public sealed class IngestWorkflow(NexusRuntime runtime, INexusStore store)
{
    public async Task<IngestSummary> RunAsync(
        IReadOnlyList<string> paths,
        IngestOptions options,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var total = DocumentSource.ListFiles(paths).Count;
        var failures = new ConcurrentBag<IngestFailure>();
        var (added, skipped, done, claims) = (0, 0, 0, 0);
        var files = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(DocumentSource.ReadAsync(paths, options, cancellationToken), parallel, async (result, ct) =>
        {
            if (result.Document is not { } document)
            {
                failures.Add(new IngestFailure(result.Source, result.Item, result.Error!));
            }
            else if (await store.ContainsDocumentAsync(document.Id, ct))
            {
                Interlocked.Increment(ref skipped);
            }
            else
            {
                var annotated = runtime.Pipeline.Run(document, ct);
                if (await store.AddDocumentAsync(annotated, ct))
                {
                    Interlocked.Increment(ref added);
                    Interlocked.Add(ref claims, annotated.Claims.Length);
                }
                else
                {
                    Interlocked.Increment(ref skipped);
                }
            }
            if (files.TryAdd(result.Source, 0))
            {
                progress?.Report(new IngestProgress(Interlocked.Increment(ref done), total, result.Source));
            }
        });
        if (added > 0)
        {
            await new ResolutionWorkflow(runtime, store).RunAsync(cancellationToken);
        }
        return new IngestSummary(added, skipped, claims, [.. failures.OrderBy(f => f.Source, StringComparer.Ordinal).ThenBy(f => f.Item, StringComparer.Ordinal)]);
    }
}
