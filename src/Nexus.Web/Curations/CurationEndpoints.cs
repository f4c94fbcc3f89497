using Nexus.Web.Api;
using Nexus.Web.Claims;
using Nexus.Web.Hosting;

namespace Nexus.Web.Curations;

/// <summary>
/// Curation: an analyst's decisions, effective at once (entity changes re-resolve the store before
/// the answer) and kept as an audit trail.
/// </summary>
public static class CurationEndpoints
{
    public static RouteGroupBuilder MapCurations(this RouteGroupBuilder api)
    {
        var curations = api.MapGroup("/curations").WithTags("Curations");
        curations.MapGet("/", ListAsync).WithName("ListCurations");
        curations.MapPost("/", CurateAsync).WithName("Curate");
        return api;
    }

    /// <summary>The audit trail, newest first.</summary>
    public static async Task<Ok<IReadOnlyList<CurationItem>>> ListAsync(INexusStore store, CancellationToken cancellationToken)
    {
        var curations = await store.ListCurationsAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CurationItem>>([.. curations.Reverse().Select(CurationItem.From)]);
    }

    public static async Task<Results<Created<CurationResult>, ValidationProblem>> CurateAsync(
        CurationRequest request, INexusStore store, StoreWriter writer, TimeProvider time, CancellationToken cancellationToken)
    {
        var targets = (request.Targets ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (await ValidateAsync(request with { Targets = targets }, store, cancellationToken) is { } problem)
        {
            return problem;
        }
        var before = request.Action == CurationAction.Merge ? await store.GetEntityAsync(targets[0], cancellationToken) : null;
        var curation = new Core.Curation
        {
            Id = "cur:" + Guid.NewGuid().ToString("N"),
            Action = request.Action,
            Targets = [.. targets],
            Value = request.Value?.Trim() is { Length: > 0 } value ? value : null,
            Reason = request.Reason?.Trim() is { Length: > 0 } reason ? reason : null,
            Analyst = request.Analyst?.Trim() is { Length: > 0 } analyst ? analyst : null,
            At = time.GetUtcNow(),
        };
        await writer.CurateAsync(curation, cancellationToken);
        var name = request.Action switch
        {
            CurationAction.Merge => before!.Name,
            CurationAction.Rename => curation.Value,
            _ => null,
        };
        var entity = name is null ? null
            : (await store.FindEntitiesAsync(new EntityQuery { Text = name, Page = PageRequest.First(1) }, cancellationToken)).FirstOrDefault()?.Id;
        return TypedResults.Created("/api/curations", new CurationResult(CurationItem.From(curation), entity));
    }

    private static async Task<ValidationProblem?> ValidateAsync(CurationRequest request, INexusStore store, CancellationToken cancellationToken)
    {
        var targets = request.Targets!;
        switch (request.Action)
        {
            case CurationAction.Merge when targets.Count < 2:
                return Problems.Invalid("targets", "A merge needs two or more entity ids.");
            case CurationAction.Merge or CurationAction.Rename:
                if (request.Action == CurationAction.Rename && (targets.Count != 1 || string.IsNullOrWhiteSpace(request.Value)))
                {
                    return Problems.Invalid("value", "A rename needs one entity id and the new name as value.");
                }
                foreach (var target in targets)
                {
                    if (await store.GetEntityAsync(target, cancellationToken) is null)
                    {
                        return Problems.Invalid("targets", $"No entity with id \"{target}\" is in the store.");
                    }
                }
                return null;
            case CurationAction.Split when targets.Count == 0 || targets.Any(t => t.LastIndexOf('#') <= 0):
                return Problems.Invalid("targets", "A split needs the members to take out, written documentId#key.");
            case CurationAction.RejectClaim or CurationAction.ConfirmClaim:
                if (targets.Count == 0)
                {
                    return Problems.Invalid("targets", "Name the claim ids to reject or confirm.");
                }
                foreach (var target in targets)
                {
                    if (await ClaimEndpoints.FindAsync(store, target, cancellationToken) is null)
                    {
                        return Problems.Invalid("targets", $"No claim with id \"{target}\" is in the store.");
                    }
                }
                return null;
            case CurationAction.GradeSource when targets.Count != 1 || request.Value?.Trim() is not { Length: 1 } letter || !Enum.TryParse<SourceReliability>(letter, ignoreCase: true, out _):
                return Problems.Invalid("value", "Grading a source needs one publisher and a reliability letter A-G as value.");
            default:
                return null;
        }
    }
}
