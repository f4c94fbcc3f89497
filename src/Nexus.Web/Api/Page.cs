namespace Nexus.Web.Api;

/// <summary>One page of a listing: the items, where it starts, its size, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, bool HasMore);
