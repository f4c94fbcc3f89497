using System.Text;
using Nexus.Engine;
using Nexus.Export.Briefs;
using Nexus.Export.Files;
using Nexus.Export.Snapshots;
using Nexus.Web.Api;
using Nexus.Web.Hosting;

namespace Nexus.Web.Exports;

/// <summary>
/// The store as files other tools read (STIX 2.1, GraphML, GEXF, CSV, FollowTheMoney) and cited
/// briefs on an entity, graded by the current assessment: the bytes <c>nexus export</c> and
/// <c>nexus brief</c> write, served as downloads.
/// </summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        api.MapGet("/exports/{format}", ExportAsync).WithTags("Exports").WithName("Export");
        api.MapGet("/entities/{id}/brief", BriefAsync).WithTags("Exports").WithName("GetEntityBrief");
        return api;
    }

    /// <summary>The whole store in <paramref name="format"/>: stix, graphml, gexf, csv (a zip of entities.csv and claims.csv) or ftm (JSON lines).</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ExportAsync(
        string format, INexusStore store, NexusRuntime runtime, AssessmentCache cache, CancellationToken cancellationToken)
    {
        if (!QueryEnum<SnapshotFormat>.TryParse(format, out var chosen))
        {
            return Problems.NotFound($"There is no \"{format}\" export; choose stix, graphml, gexf, csv or ftm.");
        }
        var snapshot = await SnapshotAsync(store, runtime, cache, cancellationToken);
        // A file, not memory, holds the export until it is sent: a whole store can be large.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await SnapshotFiles.WriteAsync(chosen.Value, snapshot, file, cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        return TypedResults.File(file, SnapshotFiles.MediaType(chosen.Value), SnapshotFiles.FileName(chosen.Value));
    }

    /// <summary>A brief on the entity, every sentence cited: Markdown with footnotes (<c>md</c>) or one HTML page (<c>html</c>).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> BriefAsync(
        string id, INexusStore store, NexusRuntime runtime, AssessmentCache cache, CancellationToken cancellationToken, string format = "md")
    {
        if (format is not ("md" or "html"))
        {
            return Problems.Invalid("format", "format must be md or html.");
        }
        if (await store.GetEntityAsync(id, cancellationToken) is not { } entity)
        {
            return Problems.NoEntity(id);
        }
        var brief = BriefBuilder.Build(await SnapshotAsync(store, runtime, cache, cancellationToken), id);
        var html = format == "html";
        return TypedResults.File(
            Encoding.UTF8.GetBytes(html ? BriefHtml.Render(brief) : BriefMarkdown.Render(brief)),
            html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8",
            $"brief-{FileNamePart(entity.Name)}.{format}");
    }

    private static async Task<ExportSnapshot> SnapshotAsync(INexusStore store, NexusRuntime runtime, AssessmentCache cache, CancellationToken cancellationToken)
    {
        var assessment = await cache.GetAsync(cancellationToken);
        return await new SnapshotReader(store, runtime.References).ReadAsync(assessment.Assertions, cancellationToken);
    }

    /// <summary>"mir-shafiq-mengal": letters and digits of the name, lower case, hyphens between words.</summary>
    private static string FileNamePart(string name)
    {
        var words = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "entity" : string.Join('-', words);
    }
}
