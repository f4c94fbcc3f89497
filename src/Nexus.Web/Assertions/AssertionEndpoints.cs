using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Assertions;

/// <summary>Graded assertions: claims grouped by subject, predicate and object, each with its Admiralty grade.</summary>
public static class AssertionEndpoints
{
    public static RouteGroupBuilder MapAssertions(this RouteGroupBuilder api)
    {
        api.MapGet("/assertions", ListAsync).WithTags("Assertions").WithName("ListAssertions");
        api.MapGet("/entities/{id}/assertions", ListForEntityAsync).WithTags("Assertions").WithName("ListEntityAssertions");
        return api;
    }

    /// <summary>A page of graded assertions, best grade first, then most independent sources.</summary>
    public static async Task<Results<Ok<Page<AssertionItem>>, ProblemHttpResult, ValidationProblem>> ListAsync(
        [AsParameters] AssertionRequest request, INexusStore store, AssessmentCache cache, CancellationToken cancellationToken)
    {
        if (Paging.Request(request.Offset ?? 0, request.Limit ?? 100, out var error) is not { } page)
        {
            return error!;
        }
        if (request.Filter(out error) is not { } keeps)
        {
            return error!;
        }
        if (request.Entity is { } entity && await store.GetEntityAsync(entity, cancellationToken) is null)
        {
            return Problems.NoEntity(entity);
        }
        var result = await cache.GetAsync(cancellationToken);
        var assertions = request.Entity is { } id ? result.Involving(id) : result.Assertions;
        var fetched = assertions.Where(keeps).Skip(page.Offset).Take(page.Limit).Select(a => AssertionItem.From(result, a)).ToList();
        return TypedResults.Ok(Paging.Of(fetched, page));
    }

    /// <summary>Every graded assertion the entity is the subject or object of, best grade first: what its profile's badges show.</summary>
    public static async Task<Results<Ok<IReadOnlyList<AssertionItem>>, ProblemHttpResult>> ListForEntityAsync(
        string id, INexusStore store, AssessmentCache cache, CancellationToken cancellationToken)
    {
        if (await store.GetEntityAsync(id, cancellationToken) is null)
        {
            return Problems.NoEntity(id);
        }
        var result = await cache.GetAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AssertionItem>>([.. result.Involving(id).Select(a => AssertionItem.From(result, a))]);
    }
}
