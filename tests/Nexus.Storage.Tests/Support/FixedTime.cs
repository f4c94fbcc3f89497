namespace Nexus.Storage.Tests.Support;

/// <summary>A clock that always reads the same instant, so stored ingest times are known.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime Default { get; } = new(new DateTimeOffset(2024, 3, 20, 8, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
