using Nexus.Resolution.ReferenceData;

namespace Nexus.Resolution.Tests.Support;

/// <summary>One embedded reference library shared by a test class: loading it is the expensive part.</summary>
public sealed class LibraryFixture
{
    public ReferenceLibrary Library { get; } = ReferenceLibrary.LoadEmbedded();
}
