namespace Nexus.Core;

/// <summary>How surely the holder states a claim. Polarity is kept apart (<see cref="Polarity"/>).</summary>
public enum Modality
{
    /// <summary>The author states it plainly.</summary>
    Asserted,

    /// <summary>"reportedly", "according to", "media reports indicate", "is said to".</summary>
    Reported,

    /// <summary>"alleged", "accused of", "claims of".</summary>
    Alleged,

    /// <summary>Analysts or officials "assess", "believe", "interpret", "contend", "warn".</summary>
    Assessed,

    /// <summary>may, might, could, possibly, appears.</summary>
    Speculative,

    /// <summary>The holder denies it.</summary>
    Denied,
}
