using Nexus.Web.Api;

namespace Nexus.Web.Graph;

/// <summary>
/// Which part of the claim graph to draw and how to filter it. <see cref="Entity"/> draws its
/// neighbourhood (<see cref="Depth"/> 1 or 2), <see cref="Document"/> the claims of one document,
/// <see cref="Latest"/> those of the latest N documents, none of them the whole store (every claim
/// read: slow on a large store); <see cref="Limit"/> keeps the best-evidenced edges.
/// </summary>
public sealed record GraphRequest(
    string? Entity,
    string? Document,
    int? Latest,
    int? Depth,
    QueryEnum<Modality>[]? Modality,
    QueryEnum<EntityType>[]? Type,
    QueryEnum<Predicate>[]? Predicate,
    DateOnly? From,
    DateOnly? To,
    int? Limit);
