using System.Buffers;
using System.Text.Unicode;

namespace Nexus.Ingest.Reading;

/// <summary>Tells PDFs, binaries and text apart by their bytes, and decodes text strictly.</summary>
internal static class ContentSniffer
{
    private const int SniffLength = 8192;

    public static bool IsPdf(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>
    /// NUL bytes (outside UTF-16/32), a known binary signature, or many control characters mean the
    /// file is not text.
    /// </summary>
    public static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        if (Bom(bytes).Encoding is not null and not UTF8Encoding)
        {
            return false;
        }
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (head.IndexOf((byte)0) >= 0 || HasBinarySignature(head))
        {
            return true;
        }
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                controls++;
            }
        }
        return controls * 10 > head.Length;
    }

    /// <summary>The text, or one sentence saying why the bytes are not valid text.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes, string name)
    {
        var (encoding, bomLength) = Bom(bytes);
        var body = bytes[bomLength..];
        if (encoding is not null and not UTF8Encoding)
        {
            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            try
            {
                return (strict.GetString(body), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, $"{name} is not valid {encoding.WebName.ToUpperInvariant()} text.");
            }
        }
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        return status == OperationStatus.Done
            ? (new string(chars, 0, written), null)
            : (null, $"{name} is not valid UTF-8 text (invalid byte 0x{body[read]:X2} at offset {read + bomLength}).");
    }

    private static (Encoding? Encoding, int Length) Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static bool HasBinarySignature(ReadOnlySpan<byte> head) =>
        head is [0x89, 0x50, 0x4E, 0x47, ..]
            || head is [0xFF, 0xD8, 0xFF, ..]
            || head.StartsWith("GIF8"u8)
            || head is [0x50, 0x4B, 0x03, 0x04, ..]
            || head is [0x1F, 0x8B, ..]
            || head is [0x7F, 0x45, 0x4C, 0x46, ..]
            || head is [0xD0, 0xCF, 0x11, 0xE0, ..]
            || head.StartsWith("PAR1"u8);
}
