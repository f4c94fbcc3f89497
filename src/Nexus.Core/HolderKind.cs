namespace Nexus.Core;

/// <summary>What sort of source holds a claim.</summary>
public enum HolderKind
{
    Author,
    NamedPerson,
    Organization,
    Document,
    Anonymous,
}
