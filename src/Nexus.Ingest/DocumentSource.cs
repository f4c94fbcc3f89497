using System.Runtime.CompilerServices;
using Nexus.Ingest.Feeds;
using Nexus.Ingest.Html;
using Nexus.Ingest.Json;
using Nexus.Ingest.Pdf;
using Nexus.Ingest.PlainText;
using Nexus.Ingest.Reading;

namespace Nexus.Ingest;

/// <summary>
/// Reads files and folders into documents. Every input yields results, never an exception: a file that
/// cannot become a document yields one <see cref="IngestResult"/> with an error sentence and the batch
/// goes on. Files are read in parallel and yielded in input order (folders walked in ordinal order).
/// </summary>
public static class DocumentSource
{
    private const long MaxFileBytes = 256L * 1024 * 1024;

    // Tried in this order: sniffed formats first, extension-only ones last.
    private static readonly ImmutableArray<IDocumentReader> Readers =
        [new PdfReader(), new FeedDocumentReader(), new HtmlReader(), new JsonDocumentReader(), new PlainTextReader()];

    /// <summary>
    /// The files <see cref="ReadAsync"/> would read, in the same order (missing paths included), so a
    /// caller can show progress against a known total.
    /// </summary>
    public static IReadOnlyList<string> ListFiles(IEnumerable<string> paths) =>
        [.. FolderWalker.Expand(paths).Select(f => f.Path)];

    /// <summary>Reads every file under the given files and folders.</summary>
    public static async IAsyncEnumerable<IngestResult> ReadAsync(
        IEnumerable<string> paths, IngestOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var window = new Queue<Task<List<IngestResult>>>();
        var parallelism = Math.Max(1, options.MaxParallelism);
        foreach (var (path, exists) in FolderWalker.Expand(paths))
        {
            window.Enqueue(exists
                ? Task.Run(() => Collect(ReadFileAsync(path, options, cancellationToken), cancellationToken), cancellationToken)
                : Task.FromResult<List<IngestResult>>([IngestResult.Failure(path, $"{path} does not exist.")]));
            if (window.Count >= parallelism)
            {
                foreach (var result in await window.Dequeue())
                {
                    yield return result;
                }
            }
        }
        while (window.Count > 0)
        {
            foreach (var result in await window.Dequeue())
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads one file: one result, or one per item of a feed or JSON file.</summary>
    public static async IAsyncEnumerable<IngestResult> ReadFileAsync(
        string path, IngestOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (bytes, error) = await Load(path, cancellationToken);
        var results = bytes is null
            ? AsyncEnumerable.Repeat(IngestResult.Failure(path, error!), 1)
            : ReadBytesAsync(path, bytes, options, cancellationToken);
        await foreach (var result in results.WithCancellation(cancellationToken))
        {
            yield return result;
        }
    }

    /// <summary>Reads content already in memory (an upload); <paramref name="name"/> stands for its path.</summary>
    public static async IAsyncEnumerable<IngestResult> ReadBytesAsync(
        string name, byte[] content, IngestOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var (file, error) = Prepare(name, content);
        if (file is null)
        {
            yield return IngestResult.Failure(name, error!);
            yield break;
        }
        var reader = Readers.FirstOrDefault(r => r.CanRead(file));
        if (reader is null)
        {
            yield return IngestResult.Failure(name, $"{file.Name} is not in a format Nexus reads (text, HTML, PDF, RSS/Atom, JSON or JSON Lines).");
            yield break;
        }
        var results = new List<IngestResult>();
        try
        {
            await foreach (var result in reader.ReadAsync(file, options, cancellationToken).WithCancellation(cancellationToken))
            {
                results.Add(result);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug or a malformed file must cost this file only, never the batch.
            results = [IngestResult.Failure(name, $"{file.Name} could not be read as {reader.Format}: {e.Message.TrimEnd('.')}.")];
        }
        foreach (var result in results)
        {
            yield return result;
        }
    }

    private static async Task<List<IngestResult>> Collect(IAsyncEnumerable<IngestResult> results, CancellationToken cancellationToken)
    {
        var list = new List<IngestResult>();
        await foreach (var result in results.WithCancellation(cancellationToken))
        {
            list.Add(result);
        }
        return list;
    }

    private static async Task<(byte[]? Bytes, string? Error)> Load(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path) is { Length: > 0 } fileName ? fileName : path;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, Directory.Exists(path) ? $"{path} is a folder; read it with ReadAsync." : $"{path} does not exist.");
            }
            if (info.Length > MaxFileBytes)
            {
                return (null, $"{name} is larger than {MaxFileBytes / (1024 * 1024)} MB.");
            }
            return (await File.ReadAllBytesAsync(path, cancellationToken), null);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, $"{name} cannot be read: permission denied.");
        }
        catch (IOException e)
        {
            return (null, $"{name} cannot be read: {e.Message.TrimEnd('.')}.");
        }
    }

    /// <summary>The file ready for a reader, or why it is no document at all (empty, binary, not valid text).</summary>
    private static (SourceFile? File, string? Error) Prepare(string path, byte[] content)
    {
        var name = Path.GetFileName(path) is { Length: > 0 } fileName ? fileName : path;
        if (ContentSniffer.IsPdf(content))
        {
            return (new SourceFile(path, content, null), null);
        }
        if (ContentSniffer.IsBinary(content))
        {
            return (null, $"{name} is a binary file, not a document.");
        }
        var (text, error) = ContentSniffer.Decode(content, name);
        if (text is null)
        {
            return (null, error);
        }
        return string.IsNullOrWhiteSpace(text)
            ? (null, $"{name} is empty.")
            : (new SourceFile(path, content, text), null);
    }
}
