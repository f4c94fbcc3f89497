using Nexus.Analysis.Assessment;
using Nexus.Engine;
using Nexus.Engine.Ingestion;
using Nexus.Ingest;
using Nexus.Storage.Sqlite;

namespace Nexus.Analysis.Tests.Support;

/// <summary>
/// A SQLite store holding the reference article, its three republications and the independent article,
/// ingested once through the real pipeline and resolver, and its assessment. Tests that change the
/// store work on a copy (<see cref="CopyAsync"/>).
/// </summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nexus-analysis-" + Guid.NewGuid().ToString("N"));

    public NexusRuntime Runtime { get; } = NexusRuntime.Embedded();

    public string StorePath => Path.Combine(_folder, "corpus.db");

    public AssessmentResult Assessment { get; private set; } = null!;

    /// <summary>Document ids of the reference article and its copies, the original first.</summary>
    public IReadOnlyList<string> Copies { get; private set; } = [];

    public string Independent { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "in"));
        await using var store = await SqliteStore.OpenAsync(StorePath);
        var workflow = new IngestWorkflow(Runtime, store);
        var copies = new List<string>();
        foreach (var (name, publisher, content) in Republications.Build())
        {
            var path = Path.Combine(_folder, "in", name);
            await File.WriteAllTextAsync(path, content);
            await workflow.RunAsync([path], new IngestOptions { Publisher = publisher }, null, CancellationToken.None);
            copies.Add(await IdOfAsync(store, path));
        }
        await workflow.RunAsync([Republications.IndependentArticle], new IngestOptions { Publisher = "Khyber Security Review" }, null, CancellationToken.None);
        Independent = await IdOfAsync(store, Republications.IndependentArticle);
        Copies = copies;
        Assessment = await EvidenceAssessor.AssessAsync(store, new AssessmentOptions(), CancellationToken.None);
    }

    /// <summary>A private copy of the store, opened; the caller disposes it.</summary>
    public async Task<INexusStore> CopyAsync()
    {
        var copy = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        File.Copy(StorePath, copy);
        return await SqliteStore.OpenAsync(copy);
    }

    /// <summary>The entity whose name or alias best matches.</summary>
    public string Entity(string name) =>
        Assessment.Entities.Values.Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id).FirstOrDefault()
        ?? throw new InvalidOperationException($"No assessed entity is named {name}: " + string.Join(", ", Assessment.Entities.Values.Select(e => e.Name)));

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<string> IdOfAsync(INexusStore store, string path)
    {
        var documents = await store.ListDocumentsAsync(PageRequest.First(100), CancellationToken.None);
        return documents.Single(d => d.Metadata.Source == Path.GetFullPath(path)).Id;
    }
}
