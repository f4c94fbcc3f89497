namespace Nexus.Core;

/// <summary>Whether the statement affirms or negates the relation ("did not meet").</summary>
public enum Polarity
{
    Positive,
    Negative,
}
