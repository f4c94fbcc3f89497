using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Nexus.Web.Hosting;

/// <summary>
/// Output caching for answers read from the store alone: each cached answer is keyed on the store's
/// change count, read before the endpoint reads anything, so an answer is served until a write commits
/// — here or in another process — and never after. A request that sends <c>Cache-Control: no-cache</c>
/// is answered afresh, not even sharing the answer of the same request running at the time (and its
/// answer is kept for the next one).
/// </summary>
public sealed class StoreResponseCache(INexusStore store) : IOutputCachePolicy
{
    /// <summary>The policy name endpoints opt in with, <c>.CacheOutput(StoreResponseCache.Policy)</c>.</summary>
    public const string Policy = "store";

    /// <summary>Only bounds how long answers of an outdated change count stay in memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static void AddTo(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy.AddPolicy<StoreResponseCache>().Expire(Lifetime));

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var changes = await store.GetChangeCountAsync(cancellation);
        context.CacheVaryByRules.VaryByValues["store_changes"] = changes.ToString(CultureInfo.InvariantCulture);
        if (context.HttpContext.Request.GetTypedHeaders().CacheControl is { NoCache: true })
        {
            context.AllowCacheLookup = false;
            context.AllowLocking = false;
        }
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
