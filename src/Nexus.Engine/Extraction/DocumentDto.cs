namespace Nexus.Engine.Extraction;

public sealed record DocumentDto(
    string Id,
    string? Title,
    string? Publisher,
    string? Origin,
    IReadOnlyList<string> Authors,
    string? Published,
    string? PublishedTime,
    string? Source,
    string? Format,
    string Language,
    string Marking,
    string Reliability,
    IReadOnlyList<string> Credits,
    string Text);
