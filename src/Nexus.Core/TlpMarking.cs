namespace Nexus.Core;

/// <summary>Traffic Light Protocol 2.0 marking of a document, for later access filtering.</summary>
public enum TlpMarking
{
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}
