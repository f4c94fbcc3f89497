using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Nexus.Analysis.Json;
using Nexus.Engine;
using Nexus.Storage.Postgres;
using Nexus.Web.Assertions;
using Nexus.Web.Claims;
using Nexus.Web.Contradictions;
using Nexus.Web.Curations;
using Nexus.Web.Documents;
using Nexus.Web.Entities;
using Nexus.Web.Exports;
using Nexus.Web.Graph;
using Nexus.Web.Hosting;
using Nexus.Web.Ingest;
using Nexus.Web.Links;
using Nexus.Web.Map;
using Nexus.Web.Overview;
using Nexus.Web.Search;
using Nexus.Web.Timeline;

namespace Nexus.Web;

/// <summary>
/// Builds the Nexus web application: the HTTP API under <c>/api</c>, its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the UI at <c>/</c>. Settings come from the arguments
/// (<c>--store</c>, <c>--urls</c>), then the environment (<c>NEXUS_STORE</c>, <c>ASPNETCORE_URLS</c>).
/// Without a URL the server listens on <see cref="DefaultUrl"/>, loopback only.
/// </summary>
public sealed class NexusWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private NexusWebApp()
    {
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(NexusWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        if (LoopbackOnly(builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrl))
        {
            // A loopback server answers only to loopback names, so a web page cannot reach it by
            // rebinding its own domain name to 127.0.0.1.
            builder.Configuration["AllowedHosts"] = "localhost;127.0.0.1;[::1]";
        }
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = IngestEndpoints.MaxUploadBytes);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        var services = builder.Services;
        services.ConfigureHttpJsonOptions(json => UseNexusJson(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => NexusRuntime.Embedded());
        services.AddSingleton(provider => OpenStore(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => new NexusQueries(provider.GetRequiredService<INexusStore>()));
        services.AddSingleton<AssessmentCache>();
        services.AddSingleton<StoreResponseCache>();
        services.AddOutputCache(StoreResponseCache.AddTo);
        services.AddSingleton<StoreWriter>();
        services.AddSingleton<IngestJobs>();

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request that cannot be bound (a bad enum, a malformed body) is the caller's error.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        var ui = UiFiles();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ui });
        // Routing after the static files: otherwise the fallback endpoint would claim "/" first.
        app.UseRouting();
        app.UseOutputCache();

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapOverview();
        api.MapSearch();
        api.MapEntities();
        api.MapClaims();
        api.MapDocuments();
        api.MapGraph();
        api.MapAssertions();
        api.MapLinks();
        api.MapTimeline();
        api.MapContradictions();
        api.MapExports();
        api.MapMap();
        api.MapIngest();
        api.MapCurations();
        api.MapFallback(() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API route."));
        app.MapFallback(UiMissing.Handle);
        return app;
    }

    /// <summary>The built UI embedded in this assembly; none when it was built before scripts/setup.sh built the UI.</summary>
    private static IFileProvider UiFiles()
    {
        var assembly = typeof(NexusWebApp).Assembly;
        return assembly.GetManifestResourceNames().Contains("Microsoft.Extensions.FileProviders.Embedded.Manifest.xml", StringComparer.Ordinal)
            ? new ManifestEmbeddedFileProvider(assembly, "wwwroot")
            : new NullFileProvider();
    }

    private static bool LoopbackOnly(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)));

    private static INexusStore OpenStore(IConfiguration configuration)
    {
        var store = configuration["store"] is { Length: > 0 } configured ? configured : Environment.GetEnvironmentVariable("NEXUS_STORE");
        // Singleton factories are synchronous; this runs once, when the first request or the host asks for the store.
        return StoreFactory.OpenAsync(store, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static void UseNexusJson(JsonSerializerOptions options)
    {
        // Grades as {"code": "B2", …} and reliability letters upper-case, ahead of the general enum converter.
        var nexus = AnalysisJson.With(NexusJson.Options);
        options.PropertyNamingPolicy = nexus.PropertyNamingPolicy;
        options.Encoder = nexus.Encoder;
        options.DefaultIgnoreCondition = nexus.DefaultIgnoreCondition;
        foreach (var converter in nexus.Converters)
        {
            options.Converters.Add(converter);
        }
    }
}
