namespace Nexus.Web.Ingest;

/// <summary>
/// An ingest job's progress (<see cref="Done"/> of <see cref="Total"/> files) and, once done, what it
/// added. Files that gave no document are listed with the reason; the others went in.
/// </summary>
public sealed record IngestJobResponse(
    string Id,
    IngestState State,
    IReadOnlyList<string> Files,
    int Done,
    int Total,
    string? Current,
    int? Added,
    int? AlreadyStored,
    int? Claims,
    IReadOnlyList<IngestFailureItem> Failures,
    string? Error);
