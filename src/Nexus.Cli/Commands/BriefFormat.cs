namespace Nexus.Cli.Commands;

/// <summary>What <c>nexus brief</c> renders.</summary>
internal enum BriefFormat
{
    Md,
    Html,
}
