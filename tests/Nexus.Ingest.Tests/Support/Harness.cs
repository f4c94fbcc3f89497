using System.Text;

namespace Nexus.Ingest.Tests.Support;

/// <summary>Reads in-memory content through the public entry point, as the engine does.</summary>
public static class Harness
{
    public static IngestOptions Options { get; } = new();

    public static async Task<IReadOnlyList<IngestResult>> ReadAsync(string name, string content, IngestOptions? options = null) =>
        await ReadAsync(name, Encoding.UTF8.GetBytes(content), options);

    public static async Task<IReadOnlyList<IngestResult>> ReadAsync(string name, byte[] content, IngestOptions? options = null)
    {
        var results = new List<IngestResult>();
        await foreach (var result in DocumentSource.ReadBytesAsync(name, content, options ?? Options))
        {
            results.Add(result);
        }
        return results;
    }

    /// <summary>The one document the content gives; fails the test with the error sentence otherwise.</summary>
    public static async Task<Document> DocumentAsync(string name, string content, IngestOptions? options = null)
    {
        var results = await ReadAsync(name, content, options);
        var result = Assert.Single(results);
        Assert.True(result.Succeeded, result.Error);
        return result.Document!;
    }

    public static async Task<IReadOnlyList<IngestResult>> ReadPathsAsync(IEnumerable<string> paths, IngestOptions? options = null)
    {
        var results = new List<IngestResult>();
        await foreach (var result in DocumentSource.ReadAsync(paths, options ?? Options))
        {
            results.Add(result);
        }
        return results;
    }

    public static IReadOnlyList<string> Paragraphs(Document document) => document.Text.Split("\n\n");
}
