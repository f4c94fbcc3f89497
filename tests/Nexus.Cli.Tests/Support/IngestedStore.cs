namespace Nexus.Cli.Tests.Support;

/// <summary>A store holding the examples and the reference article, ingested once through the CLI.</summary>
public sealed class IngestedStore : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Folder => _folder.Path;

    public async Task InitializeAsync()
    {
        var run = await NexusProcess.RunAsync(Folder, "ingest", Path.Combine(RepoPaths.Root, "examples"), RepoPaths.ReferenceArticle);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("Ingest failed: " + run);
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
