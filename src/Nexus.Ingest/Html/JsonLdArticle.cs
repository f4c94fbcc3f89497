using System.Text.Json;
using AngleSharp.Dom;

namespace Nexus.Ingest.Html;

/// <summary>The fields of a schema.org article (NewsArticle, Article, BlogPosting…) given as JSON-LD.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, ImmutableArray<string> Authors, string? Publisher)
{
    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Objects(json.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return new JsonLdArticle(
                        String(article, "headline") ?? String(article, "name"),
                        String(article, "datePublished") ?? String(article, "dateCreated"),
                        [.. Names(article, "author")],
                        Names(article, "publisher").FirstOrDefault());
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the meta tags still apply.
            }
        }
        return null;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Objects);
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        return element.TryGetProperty("@graph", out var graph) ? [element, .. Objects(graph)] : [element];
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ToString())
            : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report");
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && Cleaning.TextNormalizer.NormalizeLine(value.GetString()!) is { Length: > 0 } text
            ? text
            : null;

    private static IEnumerable<string> Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return [];
        }
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items
            .Select(item => item.ValueKind switch
            {
                JsonValueKind.String => Cleaning.TextNormalizer.NormalizeLine(item.GetString()!),
                JsonValueKind.Object => String(item, "name") ?? "",
                _ => "",
            })
            .Where(n => n.Length > 0);
    }
}
