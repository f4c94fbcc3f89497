using System.Text.Json;
using Nexus.Ingest.Cleaning;
using Nexus.Ingest.Metadata;
using Nexus.Ingest.Reading;

namespace Nexus.Ingest.Json;

/// <summary>
/// JSON (an object or an array of objects) and JSON Lines (one object per line). Each object gives a
/// document from its "text" (required) and optional "title", "published", "authors", "publisher", "url".
/// The text is taken as clean: only its whitespace is normalised.
/// </summary>
internal sealed class JsonDocumentReader : IDocumentReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string Format => "json";

    public bool CanRead(SourceFile file) =>
        file.Text is not null
        && (file.Extension is ".json" or ".jsonl" or ".ndjson"
            || (file.Extension.Length == 0 && file.Head.Length > 0 && file.Head[0] is '{' or '['));

    public IAsyncEnumerable<IngestResult> ReadAsync(SourceFile file, IngestOptions options, CancellationToken cancellationToken) =>
        Read(file, options, cancellationToken).ToAsyncEnumerable();

    private IEnumerable<IngestResult> Read(SourceFile file, IngestOptions options, CancellationToken cancellationToken)
    {
        if (IsJsonLines(file))
        {
            return ReadLines(file, options, cancellationToken);
        }
        try
        {
            using var json = JsonDocument.Parse(file.Text!, Options);
            var root = json.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [ReadObject(file, root, null, options)],
                JsonValueKind.Array => root.EnumerateArray().Select((element, i) => ReadObject(file, element, $"item {i + 1}", options)).ToList(),
                _ => [IngestResult.Failure(file.Path, $"{file.Name} holds neither a JSON object nor an array of objects.")],
            };
        }
        catch (JsonException e)
        {
            return [IngestResult.Failure(file.Path, $"{file.Name} is not valid JSON ({Reason(e)}).")];
        }
    }

    private IEnumerable<IngestResult> ReadLines(SourceFile file, IngestOptions options, CancellationToken cancellationToken)
    {
        var lines = file.Text!.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var label = $"line {i + 1}";
            IngestResult result;
            try
            {
                using var json = JsonDocument.Parse(lines[i], Options);
                result = ReadObject(file, json.RootElement, label, options);
            }
            catch (JsonException e)
            {
                result = IngestResult.Failure(file.Path, $"{DocumentFactory.Describe(file, label)} is not valid JSON ({Reason(e)}).", label);
            }
            yield return result;
        }
    }

    private IngestResult ReadObject(SourceFile file, JsonElement element, string? label, IngestOptions options)
    {
        var where = DocumentFactory.Describe(file, label);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return IngestResult.Failure(file.Path, $"{where} is not a JSON object.", label);
        }
        if (String(element, "text") is not { } text)
        {
            return IngestResult.Failure(file.Path, $"{where} has no \"text\" field.", label);
        }
        var published = String(element, "published") is { } date ? DateParser.ParseMachine(date) : null;
        var metadata = new DocumentMetadata
        {
            Format = Format,
            Title = String(element, "title") is { } title ? TextNormalizer.NormalizeLine(title) : null,
            Published = published?.Date,
            PublishedTime = published?.Time,
            Authors = Authors(element),
            Publisher = String(element, "publisher") is { } publisher ? TextNormalizer.NormalizeLine(publisher) : null,
            Source = String(element, "url")?.Trim(),
        };
        return DocumentFactory.Create(file, TextNormalizer.NormalizeParagraphs(text), metadata, options, label);
    }

    private static ImmutableArray<string> Authors(JsonElement element)
    {
        if (!element.TryGetProperty("authors", out var authors) && !element.TryGetProperty("author", out authors))
        {
            return [];
        }
        IEnumerable<string> names = authors.ValueKind switch
        {
            JsonValueKind.Array => authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!),
            JsonValueKind.String => PersonNames.SplitNames(authors.GetString()!, 1) ?? [authors.GetString()!],
            _ => [],
        };
        return [.. names.Select(TextNormalizer.NormalizeLine).Where(n => n.Length > 0)];
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    /// <summary>JSON Lines by extension, or several lines that each hold a whole object.</summary>
    private static bool IsJsonLines(SourceFile file)
    {
        if (file.Extension is ".jsonl" or ".ndjson")
        {
            return true;
        }
        var lines = file.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 1 && lines.All(l => l.StartsWith('{') && l.EndsWith('}'));
    }

    private static string Reason(JsonException e) =>
        e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : e.Message.TrimEnd('.');
}
