namespace Nexus.Cli.Commands;

/// <summary>What <c>nexus export</c> writes.</summary>
internal enum ExportFormat
{
    Stix,
    Graphml,
    Gexf,
    Csv,
    Ftm,
    Brief,
}
