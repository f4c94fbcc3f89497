using System.Text.Json;
using Nexus.Storage;

namespace Nexus.Engine.Queries;

/// <summary>
/// Stored documents read once each while one answer is put together, and the document-local names
/// of what handles point at. Not shared between requests.
/// </summary>
internal sealed class DocumentCache(INexusStore store)
{
    private readonly Dictionary<string, AnnotatedDocument?> documents = new(StringComparer.Ordinal);

    public async Task<AnnotatedDocument?> GetAsync(string documentId, CancellationToken cancellationToken)
    {
        if (!documents.TryGetValue(documentId, out var document))
        {
            document = await store.GetDocumentAsync(documentId, cancellationToken);
            documents[documentId] = document;
        }
        return document;
    }

    /// <summary>
    /// What a curation target reads as: a member's name in its document, a claim as "subject
    /// —predicate→ object" in its document's names, else the target itself (an entity id or name).
    /// </summary>
    public async Task<string> NameAsync(string target, CancellationToken cancellationToken)
    {
        if (DocumentEntityRef.Parse(target) is not { } handle || await GetAsync(handle.DocumentId, cancellationToken) is not { } document)
        {
            return target;
        }
        if (document.Entity(handle.Key) is { } entity)
        {
            return entity.Name;
        }
        if (document.Claims.FirstOrDefault(c => c.Id == handle.Key) is { } claim)
        {
            var predicate = JsonNamingPolicy.SnakeCaseLower.ConvertName(claim.Predicate.ToString());
            var obj = document.Entity(claim.Object) is { } o ? " → " + o.Name : "";
            return $"{document.Entity(claim.Subject)?.Name ?? claim.Subject} —{predicate}{obj}";
        }
        return target;
    }
}
