using Nexus.Engine;
using Nexus.Engine.Ingestion;
using Nexus.Ingest;
using Nexus.Storage.Postgres;

namespace Nexus.Export.Tests.Support;

/// <summary>
/// The reference article ingested into a fresh SQLite file, once per test class: the runtime and
/// the ingest are the slow part. Marked AMBER and graded B so that markings and reliability show.
/// </summary>
public sealed class ReferenceStore : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "nexus-export-" + Guid.NewGuid().ToString("N"));

    public NexusRuntime Runtime { get; } = NexusRuntime.Embedded();

    public string StorePath => Path.Combine(folder, "reference.db");

    public ExportSnapshot Snapshot { get; private set; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await using var store = await OpenAsync();
        var options = new IngestOptions { Marking = TlpMarking.Amber, Reliability = SourceReliability.B };
        await new IngestWorkflow(Runtime, store).RunAsync([RepoPaths.ReferenceArticle], options, null, CancellationToken.None);
        Snapshot = await new SnapshotReader(store, Runtime.References).ReadAsync([], CancellationToken.None);
    }

    public Task<INexusStore> OpenAsync() => StoreFactory.OpenAsync(StorePath, TimeProvider.System, CancellationToken.None);

    /// <summary>A new empty store file beside the reference one.</summary>
    public Task<INexusStore> OpenEmptyAsync(string name) => StoreFactory.OpenAsync(Path.Combine(folder, name + ".db"), TimeProvider.System, CancellationToken.None);

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
