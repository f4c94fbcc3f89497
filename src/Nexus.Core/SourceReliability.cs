namespace Nexus.Core;

/// <summary>
/// Admiralty-code source reliability, as in MISP's admiralty-scale taxonomy.
/// <see cref="F"/> (cannot be judged) is the default for an ungraded source.
/// </summary>
public enum SourceReliability
{
    /// <summary>Completely reliable.</summary>
    A,

    /// <summary>Usually reliable.</summary>
    B,

    /// <summary>Fairly reliable.</summary>
    C,

    /// <summary>Not usually reliable.</summary>
    D,

    /// <summary>Unreliable.</summary>
    E,

    /// <summary>Reliability cannot be judged.</summary>
    F,

    /// <summary>Deliberately deceptive.</summary>
    G,
}
