using Nexus.Web.Api;

namespace Nexus.Web.Graph;

/// <summary>
/// Which part of the claim graph to draw and how to filter it. <see cref="Entity"/> draws its
/// neighbourhood (<see cref="Depth"/> 1 or 2), <see cref="Document"/> the claims of one document,
/// neither the whole store; <see cref="Limit"/> keeps the best-evidenced edges.
/// </summary>
public sealed record GraphRequest(
    string? Entity,
    string? Document,
    int? Depth,
    QueryEnum<Modality>[]? Modality,
    QueryEnum<EntityType>[]? Type,
    QueryEnum<Predicate>[]? Predicate,
    DateOnly? From,
    DateOnly? To,
    int? Limit);
