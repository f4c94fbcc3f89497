namespace Nexus.Web.Hosting;

/// <summary>Answers any non-API path the built UI does not hold, saying how to build the UI when it is absent.</summary>
internal static class UiMissing
{
    public static ProblemHttpResult Handle() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        detail: "No such page. If the web UI itself is missing, build it with scripts/setup.sh and rebuild Nexus.");
}
