using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Documents;

/// <summary>Document listing and the reader's view of one document.</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents").CacheOutput(StoreResponseCache.Policy);
        documents.MapGet("/", ListDocumentsAsync).WithName("ListDocuments");
        documents.MapGet("/{id}", GetDocumentAsync).WithName("GetDocument");
        return api;
    }

    /// <summary>Documents, most recently published first.</summary>
    public static async Task<Results<Ok<Page<DocumentItem>>, ValidationProblem>> ListDocumentsAsync(
        INexusStore store, CancellationToken cancellationToken, int offset = 0, int limit = 50)
    {
        if (Paging.Request(offset, limit, out var error) is not { } page)
        {
            return error!;
        }
        var documents = await store.ListDocumentsAsync(page, cancellationToken);
        return TypedResults.Ok(Paging.Of([.. documents.Select(DocumentItem.From)], page));
    }

    /// <summary>The clean text with its mentions and claims as offsets into it.</summary>
    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocumentAsync(
        string id, INexusStore store, CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(id, cancellationToken) is not { } document)
        {
            return Problems.NotFound($"No document with id \"{id}\" is in the store.");
        }
        var claims = new List<StoredClaim>();
        await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery { DocumentId = id }, cancellationToken))
        {
            claims.Add(claim);
        }
        return TypedResults.Ok(DocumentResponse.From(document, claims));
    }
}
