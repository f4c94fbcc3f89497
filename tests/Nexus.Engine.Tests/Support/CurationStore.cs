using Nexus.Engine.Ingestion;
using Nexus.Ingest;
using Nexus.Storage;
using Nexus.Storage.Sqlite;

namespace Nexus.Engine.Tests.Support;

/// <summary>A SQLite store in a scratch folder, filled with short invented articles through the real ingest.</summary>
public sealed class CurationStore : IAsyncDisposable
{
    private readonly string folder;

    private CurationStore(string folder, NexusRuntime runtime, INexusStore store, ManualClock clock)
    {
        this.folder = folder;
        Runtime = runtime;
        Store = store;
        Clock = clock;
    }

    public NexusRuntime Runtime { get; }

    public INexusStore Store { get; }

    public ManualClock Clock { get; }

    public static async Task<CurationStore> OpenAsync(NexusRuntime runtime)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero));
        var folder = Path.Combine(Path.GetTempPath(), "nexus-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = await SqliteStore.OpenAsync(Path.Combine(folder, "nexus.db"), clock);
        return new CurationStore(folder, runtime, store, clock);
    }

    /// <summary>Writes each (date, body) as an article and ingests them all.</summary>
    public async Task IngestAsync(params (string Published, string Body)[] articles)
    {
        var paths = new List<string>();
        foreach (var (published, body) in articles)
        {
            var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".txt");
            await File.WriteAllTextAsync(path, $"Published: {published}\n\nA report\n\n{body}\n");
            paths.Add(path);
        }
        var summary = await new IngestWorkflow(Runtime, Store).RunAsync(paths, new IngestOptions(), null, CancellationToken.None);
        Assert.Empty(summary.Failures);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
