namespace Nexus.Engine.Tests;

/// <summary>One runtime (reference lists and pipeline) shared by a test class: loading it is the slow part.</summary>
public sealed class RuntimeFixture
{
    public NexusRuntime Runtime { get; } = NexusRuntime.Embedded();
}
