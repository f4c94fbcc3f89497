namespace Nexus.Resolution.Names;

/// <summary>What a token contributes to a name's identity.</summary>
public enum NameTokenKind
{
    /// <summary>A given name, family name or word of an organisation's name: carries identity.</summary>
    Name,

    /// <summary>A leading honorific or rank ("Hafiz", "Maulana", "Dr"): an attribute, weighed lightly.</summary>
    Title,

    /// <summary>A single letter standing for a name ("R." in "R. M. Ashfaq").</summary>
    Initial,

    /// <summary>A linking particle ("e", "ud", "al", "bin", "of"): spelt so many ways that it is ignored.</summary>
    Connector,
}
