namespace Nexus.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}
