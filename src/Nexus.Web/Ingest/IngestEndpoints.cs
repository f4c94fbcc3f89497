using Nexus.Ingest;
using Nexus.Web.Api;

namespace Nexus.Web.Ingest;

/// <summary>Ingest by upload: start a job, then poll its progress.</summary>
public static class IngestEndpoints
{
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Uploads must carry this header. A cross-site page can post a form to a local server without
    /// asking, but cannot add a header without a CORS preflight, which this server never grants.
    /// </summary>
    public const string RequestHeader = "X-Nexus-Request";

    public static RouteGroupBuilder MapIngest(this RouteGroupBuilder api)
    {
        var ingest = api.MapGroup("/ingest").WithTags("Ingest");
        ingest.MapPost("/", StartAsync).WithName("StartIngest").DisableAntiforgery();
        ingest.MapGet("/{id}", GetJob).WithName("GetIngestJob");
        return api;
    }

    /// <summary>
    /// Starts ingesting the uploaded files (form field <c>files</c>) with an optional TLP
    /// <c>marking</c>, Admiralty <c>reliability</c> and <c>publisher</c>; answers 202 with the job.
    /// </summary>
    public static async Task<Results<Accepted<IngestJobResponse>, ValidationProblem>> StartAsync(
        HttpRequest request, IngestJobs jobs, CancellationToken cancellationToken)
    {
        if (!request.Headers.ContainsKey(RequestHeader))
        {
            return Problems.Invalid(RequestHeader, $"Uploads must send the {RequestHeader} header.");
        }
        if (!request.HasFormContentType)
        {
            return Problems.Invalid("files", "Send the files as multipart/form-data in the field \"files\".");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0)
        {
            return Problems.Invalid("files", "Choose at least one file to ingest.");
        }
        var marking = form["marking"].ToString();
        var tlp = TlpMarking.Clear;
        if (marking.Length > 0 && !Tlp.TryParse(marking, out tlp))
        {
            return Problems.Invalid("marking", $"\"{marking}\" is not a TLP marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).");
        }
        var grade = form["reliability"].ToString();
        var reliability = SourceReliability.F;
        if (grade.Length > 0 && !(grade.Length == 1 && Enum.TryParse(grade, ignoreCase: true, out reliability)))
        {
            return Problems.Invalid("reliability", $"\"{grade}\" is not an Admiralty reliability letter A-G.");
        }
        var publisher = form["publisher"].ToString();
        var options = new IngestOptions { Marking = tlp, Reliability = reliability, Publisher = publisher.Length > 0 ? publisher : null };
        var job = await jobs.StartAsync(form.Files, options, cancellationToken);
        return TypedResults.Accepted($"/api/ingest/{job.Id}", job.Snapshot());
    }

    public static Results<Ok<IngestJobResponse>, ProblemHttpResult> GetJob(string id, IngestJobs jobs) =>
        jobs.Find(id) is { } job
            ? TypedResults.Ok(job.Snapshot())
            : Problems.NotFound($"No ingest job with id \"{id}\".");
}
