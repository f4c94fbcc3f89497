namespace Nexus.Web.Api;

/// <summary>Checks <c>offset</c>/<c>limit</c> query values and turns a one-longer fetch into a page.</summary>
internal static class Paging
{
    public const int MaxLimit = 500;

    /// <summary>
    /// The store page to ask for: one item more than the caller wants, so that
    /// <see cref="Page{T}.HasMore"/> needs no count query. Null with an error when the values are out of range.
    /// </summary>
    public static PageRequest? Request(int offset, int limit, out ValidationProblem? error)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (offset < 0)
        {
            errors["offset"] = ["offset must be 0 or more."];
        }
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        }
        error = errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
        return error is null ? new PageRequest(offset, limit + 1) : null;
    }

    public static Page<T> Of<T>(IReadOnlyList<T> fetched, PageRequest request) =>
        new([.. fetched.Take(request.Limit - 1)], request.Offset, request.Limit - 1, fetched.Count >= request.Limit);
}
