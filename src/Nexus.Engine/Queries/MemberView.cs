namespace Nexus.Engine.Queries;

/// <summary>
/// One document-local entity inside a global entity: the handle a split names it by, the name its
/// document uses, the document, and why resolution put it there.
/// </summary>
/// <param name="Member">"sha256:…#e3", what <c>nexus split</c> takes.</param>
/// <param name="DocumentId">The document it is named in.</param>
/// <param name="Key">Its key in that document ("e3").</param>
/// <param name="Name">The name the document uses for it.</param>
/// <param name="DocumentTitle">The document's title.</param>
/// <param name="Published">The document's publication date, ISO 8601.</param>
/// <param name="Reason">Which rule, alias or curation joined it.</param>
/// <param name="Score">0..1 strength of that join.</param>
public sealed record MemberView(
    string Member,
    string DocumentId,
    string Key,
    string? Name,
    string? DocumentTitle,
    string? Published,
    string Reason,
    double Score);
