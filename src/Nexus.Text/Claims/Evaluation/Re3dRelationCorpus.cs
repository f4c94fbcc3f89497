using System.Text.Json;

namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Reads re3d source folders (<c>documents.json</c>, <c>entities.json</c>, <c>relations.json</c>:
/// mongoexport JSON lines) with their relation annotations.
/// </summary>
public static class Re3dRelationCorpus
{
    /// <summary>Every source folder under <paramref name="root"/>, or <paramref name="root"/> itself when it is one.</summary>
    public static ImmutableArray<Re3dText> Read(string root)
    {
        if (File.Exists(Path.Combine(root, "documents.json")))
        {
            return ReadFolder(root);
        }
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No re3d folder at '{root}'.");
        }
        var folders = Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "documents.json")))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (folders.Count == 0)
        {
            throw new DirectoryNotFoundException($"No re3d source folder (with documents.json) under '{root}'.");
        }
        return [.. folders.SelectMany(f => ReadFolder(f))];
    }

    private static ImmutableArray<Re3dText> ReadFolder(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var entities = Lines(Path.Combine(folder, "entities.json")).ToLookup(
            e => e.GetProperty("documentId").GetString()!,
            e => new Re3dAnnotation(Span(e, "begin", "end"), e.GetProperty("type").GetString()!, e.GetProperty("confidence").GetDouble()),
            StringComparer.Ordinal);
        var relationsPath = Path.Combine(folder, "relations.json");
        var relations = (File.Exists(relationsPath) ? Lines(relationsPath) : []).ToLookup(
            r => r.GetProperty("documentId").GetString()!,
            r => new Re3dRelation(
                r.GetProperty("type").GetString()!, Span(r, "sourceBegin", "sourceEnd"), Span(r, "targetBegin", "targetEnd"),
                r.GetProperty("confidence").GetDouble()),
            StringComparer.Ordinal);
        return [.. Lines(Path.Combine(folder, "documents.json"))
            .Select(d => (Id: d.GetProperty("_id").GetString()!, Title: d.GetProperty("title").GetString() ?? "", Text: d.GetProperty("text").GetString()!))
            .Select(d => new Re3dText(d.Id, name, d.Title, d.Text, [.. entities[d.Id]], [.. relations[d.Id]]))
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    private static TextSpan Span(JsonElement element, string begin, string end) =>
        new(element.GetProperty(begin).GetInt32(), element.GetProperty(end).GetInt32());

    private static IEnumerable<JsonElement> Lines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            JsonElement element;
            try
            {
                using var json = JsonDocument.Parse(line);
                element = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"'{path}' is not re3d JSON lines: {e.Message}", e);
            }
            yield return element;
        }
    }
}
