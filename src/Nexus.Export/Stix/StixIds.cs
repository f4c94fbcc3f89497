using System.Security.Cryptography;
using System.Text;

namespace Nexus.Export.Stix;

/// <summary>
/// Deterministic STIX identifiers: <c>type--UUIDv5(Nexus namespace, name)</c> (RFC 9562 §5.5), so
/// the same document, entity or claim gets the same id in every export and re-export.
/// </summary>
public static class StixIds
{
    /// <summary>Nexus's own UUID namespace; changing it changes every exported id.</summary>
    public static readonly Guid Namespace = new("6f1b0a5e-3d4c-4e1a-9b7f-2c8d5e6a7b90");

    public static string Of(string type, string name) => type + "--" + UuidV5(Namespace, name).ToString("D");

    /// <summary>A name-based UUID, version 5 (SHA-1).</summary>
    public static Guid UuidV5(Guid ns, string name)
    {
        Span<byte> nsBytes = stackalloc byte[16];
        ns.TryWriteBytes(nsBytes, bigEndian: true, out _);
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        nsBytes.CopyTo(input);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 names; nothing here is a security boundary.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
