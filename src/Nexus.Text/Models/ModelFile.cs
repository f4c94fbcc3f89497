using System.IO.Compression;
using System.Text;

namespace Nexus.Text.Models;

/// <summary>
/// The container every Nexus model file shares: a plain header naming the model kind and format
/// version, then a Brotli-compressed body the model writes itself. Writing is deterministic, so the
/// same weights give the same bytes.
/// </summary>
internal static class ModelFile
{
    private const string Magic = "NEXUS-MODEL";
    private const int Version = 1;

    public static void Write(Stream stream, string kind, Action<BinaryWriter> body)
    {
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(Version);
            header.Write(kind);
        }
        using var compressed = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var buffered = new BufferedStream(compressed, 1 << 16);
        using var writer = new BinaryWriter(buffered, Encoding.UTF8);
        body(writer);
    }

    public static T Read<T>(Stream stream, string kind, Func<BinaryReader, T> body)
    {
        using (var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            if (header.ReadString() != Magic)
            {
                throw new InvalidDataException("Not a Nexus model file.");
            }
            var version = header.ReadInt32();
            var actual = header.ReadString();
            if (version != Version || actual != kind)
            {
                throw new InvalidDataException($"Expected a version {Version} '{kind}' model, found a version {version} '{actual}' model.");
            }
        }
        using var decompressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(decompressed, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        return body(reader);
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static ImmutableArray<string> ReadStrings(BinaryReader reader)
    {
        var values = ImmutableArray.CreateBuilder<string>(reader.ReadInt32());
        for (var i = 0; i < values.Capacity; i++)
        {
            values.Add(reader.ReadString());
        }
        return values.MoveToImmutable();
    }
}
