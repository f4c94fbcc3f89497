namespace Nexus.Cli;

/// <summary>What <c>nexus</c> exits with; scripts may rely on these.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Nothing was done: bad arguments, an unreadable store, an internal failure.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Some inputs were rejected; the rest went in.</summary>
    public const int Partial = 3;

    /// <summary>The entity or document asked for is not in the store.</summary>
    public const int NotFound = 4;
}
