namespace Nexus.Cli.Tests.Support;

/// <summary>What one <c>nexus</c> run printed and how it exited.</summary>
public sealed record NexusRun(int ExitCode, string Out, string Err)
{
    public string[] ErrorLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}
