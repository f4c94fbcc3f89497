namespace Nexus.Storage;

/// <summary>Offset paging; <see cref="Limit"/> is capped by each backend.</summary>
public sealed record PageRequest(int Offset = 0, int Limit = 50)
{
    public static PageRequest First(int limit) => new(0, limit);
}
