using System.Text.Json;
using Nexus.Text.Models.Ner;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Models.Corpora;

/// <summary>
/// Reads the re3d layout: one folder per source holding <c>documents.json</c> and
/// <c>entities.json</c> (one JSON object per line, as exported by mongoexport).
/// </summary>
public static class Re3dReader
{
    /// <summary>The crowd-confidence floor below which an annotation is not gold.</summary>
    public const double ConfidenceFloor = 0.5;

    /// <summary>Reads every source folder under <paramref name="root"/>, or <paramref name="root"/> itself when it is one.</summary>
    public static ImmutableArray<Re3dDocument> ReadAll(string root)
    {
        if (File.Exists(Path.Combine(root, "documents.json")))
        {
            return ReadSource(root);
        }
        var folders = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "documents.json"))).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
        {
            throw new DirectoryNotFoundException($"No re3d source folder (with documents.json) under '{root}'.");
        }
        return [.. folders.SelectMany(f => ReadSource(f))];
    }

    public static ImmutableArray<Re3dDocument> ReadSource(string folder)
    {
        var source = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var entities = JsonLines(Path.Combine(folder, "entities.json"))
            .Select(e => (Document: e.GetProperty("documentId").GetString()!, Entity: new Re3dEntity(
                e.GetProperty("begin").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!, e.GetProperty("confidence").GetDouble())))
            .ToLookup(p => p.Document, p => p.Entity, StringComparer.Ordinal);
        return [.. JsonLines(Path.Combine(folder, "documents.json"))
            .Select(d => (Id: d.GetProperty("_id").GetString()!, Text: d.GetProperty("text").GetString()!))
            .Select(d => new Re3dDocument(d.Id, source, d.Text, [.. entities[d.Id].OrderBy(e => e.Begin).ThenBy(e => e.End)]))
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Tokenises and sentence-splits a document with the product's own tokenizer and turns gold with
    /// confidence ≥ <see cref="ConfidenceFloor"/> into flat token spans; a boundary inside a token
    /// widens to the whole token.
    /// </summary>
    public static NerDocument ToNerDocument(Re3dDocument document)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        var sentences = SentenceSplitter.Split(document.Text, tokens);
        var gold = FlatGold(document);
        var result = ImmutableArray.CreateBuilder<NerSentence>(sentences.Length);
        foreach (var sentence in sentences)
        {
            var words = tokens.GetRange(sentence.FirstToken, sentence.TokenCount);
            var entities = new List<EntityAnnotation>();
            foreach (var (span, label) in gold)
            {
                var start = words.FindIndex(t => t.Span.End > span.Start);
                var end = words.FindLastIndex(t => t.Span.Start < span.End) + 1;
                if (start >= 0 && end > start && words[start].Span.Start < span.End)
                {
                    entities.Add(new EntityAnnotation(start, end, label));
                }
            }
            result.Add(new NerSentence([.. words.Select(t => t.Text)], EntityAnnotation.Flatten(entities)));
        }
        return new NerDocument(document.Id, "re3d/" + document.Source, result.MoveToImmutable());
    }

    /// <summary>Confident gold mapped to model labels and flattened at character level (longest span wins).</summary>
    public static ImmutableArray<(TextSpan Span, string Label)> FlatGold(Re3dDocument document)
    {
        var kept = new List<(TextSpan Span, string Label)>();
        foreach (var entity in document.Entities
            .Where(e => e.Confidence >= ConfidenceFloor && e.End > e.Begin)
            .OrderByDescending(e => e.End - e.Begin).ThenByDescending(e => e.Confidence).ThenBy(e => e.Begin))
        {
            var span = new TextSpan(entity.Begin, entity.End);
            if (EntityLabels.FromRe3d(entity.Type) is { } label && !kept.Any(k => k.Span.Overlaps(span)))
            {
                kept.Add((span, label));
            }
        }
        return [.. kept.OrderBy(k => k.Span.Start)];
    }

    private static JsonElement Parse(string path, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not re3d JSON lines: {e.Message}", e);
        }
    }

    private static IEnumerable<JsonElement> JsonLines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(path, line);
            }
        }
    }
}
