using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Claims;

/// <summary>Claims by entity, document and predicate, and one claim by id.</summary>
public static class ClaimEndpoints
{
    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder api)
    {
        var claims = api.MapGroup("/claims").WithTags("Claims").CacheOutput(StoreResponseCache.Policy);
        claims.MapGet("/", ListClaimsAsync).WithName("ListClaims");
        claims.MapGet("/{id}", GetClaimAsync).WithName("GetClaim");
        return api;
    }

    /// <summary>Claims in store order; <paramref name="entity"/> matches the subject or the object.</summary>
    public static async Task<Results<Ok<Page<ClaimView>>, ValidationProblem>> ListClaimsAsync(
        string? entity, string? document, QueryEnum<Predicate>? predicate, INexusStore store, CancellationToken cancellationToken, int offset = 0, int limit = 100)
    {
        if (Paging.Request(offset, limit, out var error) is not { } page)
        {
            return error!;
        }
        var query = new ClaimQuery { EntityId = entity, DocumentId = document, Predicate = predicate?.Value, Page = page };
        var claims = await store.GetClaimsAsync(query, cancellationToken);
        return TypedResults.Ok(Paging.Of([.. claims.Select(ClaimView.From)], page));
    }

    /// <summary>A claim by its global id, <c>sha256:…#c3</c> (the <c>#</c> written <c>%23</c> in the URL).</summary>
    public static async Task<Results<Ok<ClaimView>, ProblemHttpResult>> GetClaimAsync(string id, INexusStore store, CancellationToken cancellationToken)
    {
        var claim = await FindAsync(store, id, cancellationToken);
        return claim is null
            ? Problems.NotFound($"No claim with id \"{id}\" is in the store.")
            : TypedResults.Ok(ClaimView.From(claim));
    }

    /// <summary>The stored claim a global id names, or null.</summary>
    public static async Task<StoredClaim?> FindAsync(INexusStore store, string id, CancellationToken cancellationToken)
    {
        var hash = id.LastIndexOf('#');
        if (hash <= 0)
        {
            return null;
        }
        var query = new ClaimQuery { DocumentId = id[..hash] };
        await foreach (var claim in store.ReadClaimsAsync(query, cancellationToken))
        {
            if (string.Equals(claim.Id, id, StringComparison.Ordinal))
            {
                return claim;
            }
        }
        return null;
    }
}
