using System.IO.Compression;
using System.Text;
using Nexus.Export.FollowTheMoney;
using Nexus.Export.Graphs;
using Nexus.Export.Snapshots;
using Nexus.Export.Stix;
using Nexus.Export.Tables;

namespace Nexus.Export.Files;

/// <summary>
/// Writes a snapshot as one file of a <see cref="SnapshotFormat"/>, and says how that file is named
/// and typed, so that every front end (CLI, HTTP) hands out the same bytes under the same name.
/// </summary>
public static class SnapshotFiles
{
    /// <summary>Zip entries carry the zip epoch, not the clock, so that one snapshot always gives the same bytes.</summary>
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The media type to serve the file with.</summary>
    public static string MediaType(SnapshotFormat format) => format switch
    {
        SnapshotFormat.Stix => "application/stix+json;version=2.1",
        SnapshotFormat.Graphml => "application/graphml+xml",
        SnapshotFormat.Gexf => "application/gexf+xml",
        SnapshotFormat.Csv => "application/zip",
        SnapshotFormat.Ftm => "application/x-ndjson",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The file name an export is saved under: <c>nexus.stix.json</c>, <c>nexus-csv.zip</c>…</summary>
    public static string FileName(SnapshotFormat format) => format switch
    {
        SnapshotFormat.Stix => "nexus.stix.json",
        SnapshotFormat.Graphml => "nexus.graphml",
        SnapshotFormat.Gexf => "nexus.gexf",
        SnapshotFormat.Csv => "nexus-csv.zip",
        SnapshotFormat.Ftm => "nexus.ftm.jsonl",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>
    /// Writes the file to <paramref name="output"/>. Zip archives write synchronously: give a stream
    /// that allows it (a file, not a response body).
    /// </summary>
    public static async Task WriteAsync(SnapshotFormat format, ExportSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case SnapshotFormat.Stix:
                await StixExporter.WriteAsync(snapshot, output, cancellationToken);
                break;
            case SnapshotFormat.Graphml:
                await GraphMLWriter.WriteAsync(GraphModel.From(snapshot), output, cancellationToken);
                break;
            case SnapshotFormat.Gexf:
                await GexfWriter.WriteAsync(GraphModel.From(snapshot), output, cancellationToken);
                break;
            case SnapshotFormat.Csv:
                using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                {
                    await WriteEntryAsync(zip, "entities.csv", writer => CsvExporter.WriteEntitiesAsync(snapshot, writer, cancellationToken));
                    await WriteEntryAsync(zip, "claims.csv", writer => CsvExporter.WriteClaimsAsync(snapshot, writer, cancellationToken));
                }
                break;
            case SnapshotFormat.Ftm:
                await WriteTextAsync(output, writer => FtmExporter.WriteAsync(snapshot, writer, cancellationToken));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>UTF-8 without a byte-order mark, as every Nexus text file.</summary>
    public static async Task WriteTextAsync(Stream output, Func<TextWriter, Task> write)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await write(writer);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, Func<TextWriter, Task> write)
    {
        var entry = zip.CreateEntry(name);
        entry.LastWriteTime = ZipEpoch;
        await using var stream = entry.Open();
        await WriteTextAsync(stream, write);
    }
}
