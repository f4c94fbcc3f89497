using Microsoft.AspNetCore.Mvc.Testing;
using Nexus.Engine;
using Nexus.Engine.Ingestion;
using Nexus.Ingest;
using Nexus.Storage.Sqlite;

namespace Nexus.Web.Tests.Support;

/// <summary>
/// A SQLite store holding the reference article and the payload article, ingested once through the
/// real pipeline; each test that changes data gets its own copy of the file.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _factories = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory("nexus-web-tests-").FullName;

    public string SeedStore => Path.Combine(Folder, "seed.db");

    /// <summary>A factory over a shared store copy that no test changes.</summary>
    public WebApplicationFactory<NexusWebApp> Reader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var payload = Articles.WritePayloadArticle(Folder);
        await using (var store = await SqliteStore.OpenAsync(SeedStore, TimeProvider.System, CancellationToken.None))
        {
            var summary = await new IngestWorkflow(NexusRuntime.Embedded(), store)
                .RunAsync([RepoPaths.ReferenceArticle, payload], new IngestOptions(), progress: null, CancellationToken.None);
            Assert.Empty(summary.Failures);
        }
        Reader = Factory(CopyStore());
    }

    /// <summary>A fresh copy of the seed store, for a test that changes it.</summary>
    public string CopyStore()
    {
        var path = Path.Combine(Folder, $"store-{Guid.NewGuid():N}.db");
        File.Copy(SeedStore, path);
        return path;
    }

    public WebApplicationFactory<NexusWebApp> Factory(string store)
    {
        var factory = new WebApplicationFactory<NexusWebApp>().WithWebHostBuilder(web => web.UseSetting("store", store));
        _factories.Add(factory);
        return factory;
    }

    public Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
