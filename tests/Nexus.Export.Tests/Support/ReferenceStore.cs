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
        await AddCurationsAsync(store);
        Snapshot = await new SnapshotReader(store, Runtime.References).ReadAsync([], CancellationToken.None);
    }

    /// <summary>An analyst's decisions, so that curations travel through exports too: a confirmation, a rejection, a rename.</summary>
    private async Task AddCurationsAsync(INexusStore store)
    {
        var claims = await store.GetClaimsAsync(new ClaimQuery(), CancellationToken.None);
        var alliance = claims.First(c => c.Claim.Predicate == Predicate.AlliedWith);
        var negated = claims.First(c => c.Claim.Polarity == Polarity.Negative);
        var mengal = (await store.FindEntitiesAsync(new EntityQuery { Text = "Mir Shafiq Mengal" }, CancellationToken.None))[0];
        var at = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
        await store.AddCurationAsync(new Curation { Id = "cur-1", Action = CurationAction.ConfirmClaim, Targets = [alliance.Id], Reason = "Checked against the dossier.", Analyst = "analyst-a", At = at }, CancellationToken.None);
        await store.AddCurationAsync(new Curation { Id = "cur-2", Action = CurationAction.RejectClaim, Targets = [negated.Id], Reason = "Misread clause.", Analyst = "analyst-a", At = at.AddMinutes(5) }, CancellationToken.None);
        await store.AddCurationAsync(new Curation { Id = "cur-3", Action = CurationAction.Rename, Targets = [mengal.Id], Value = "Shafiq Mengal", Analyst = "analyst-b", At = at.AddMinutes(10) }, CancellationToken.None);
        await new ResolutionWorkflow(Runtime, store).RunAsync(CancellationToken.None);
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
