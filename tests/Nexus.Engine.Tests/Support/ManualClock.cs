namespace Nexus.Engine.Tests.Support;

/// <summary>A clock that says what the test sets: curations are stamped with it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
