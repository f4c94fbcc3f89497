using System.Collections.Concurrent;
using Nexus.Ingest;
using Nexus.Web.Hosting;

namespace Nexus.Web.Ingest;

/// <summary>
/// Runs uploads through the ingest workflow in the background, one job per upload, and keeps their
/// progress for polling. Uploaded files live in a private temporary folder until their job ends.
/// </summary>
public sealed class IngestJobs(StoreWriter writer, IHostApplicationLifetime lifetime, ILogger<IngestJobs> logger)
{
    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.Ordinal);

    public IngestJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Saves the uploads, then ingests them in the background.</summary>
    public async Task<IngestJob> StartAsync(IFormFileCollection files, IngestOptions options, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var folder = Directory.CreateTempSubdirectory("nexus-upload-").FullName;
        var names = new List<string>();
        try
        {
            foreach (var (file, n) in files.Select((f, i) => (f, i)))
            {
                // A numbered prefix keeps two uploads with one name apart; the name itself never leaves the folder.
                var name = $"{n + 1:D3}-{Path.GetFileName(file.FileName)}";
                await using var target = File.Create(Path.Combine(folder, name));
                await file.CopyToAsync(target, cancellationToken);
                names.Add(Path.GetFileName(file.FileName));
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
        var job = new IngestJob(id, names);
        _jobs[id] = job;
        _ = Task.Run(() => RunAsync(job, folder, options), CancellationToken.None);
        return job;
    }

    private async Task RunAsync(IngestJob job, string folder, IngestOptions options)
    {
        try
        {
            job.Finish(await writer.IngestAsync([folder], options, job, lifetime.ApplicationStopping));
        }
        catch (Exception e) when (e is StoreException or IOException or OperationCanceledException or InvalidDataException)
        {
            logger.LogWarning(e, "Ingest job {Job} failed.", job.Id);
            job.Fail(e is OperationCanceledException ? "The server stopped before the ingest finished; what was stored is kept." : e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
