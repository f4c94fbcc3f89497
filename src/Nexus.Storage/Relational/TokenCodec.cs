using System.Text;

namespace Nexus.Storage.Relational;

/// <summary>
/// The token layer of a document as one compact blob: tokens are only ever read back per document,
/// and a row each would make them the largest table by far. A token's text is stored only where it
/// differs from the text its span covers.
/// </summary>
internal static class TokenCodec
{
    private const byte Version = 1;
    private const byte HasTag = 1;
    private const byte HasRelation = 2;
    private const byte HasOwnText = 4;

    public static byte[] Encode(ImmutableArray<Token> tokens, string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write7BitEncodedInt(tokens.Length);
            foreach (var token in tokens)
            {
                var ownText = token.Span.End > text.Length || !text.AsSpan(token.Span.Start, token.Span.Length).SequenceEqual(token.Text);
                var flags = (byte)((token.Tag is null ? 0 : HasTag) | (token.Relation is null ? 0 : HasRelation) | (ownText ? HasOwnText : 0));
                writer.Write(flags);
                writer.Write7BitEncodedInt(token.Span.Start);
                writer.Write7BitEncodedInt(token.Span.Length);
                writer.Write7BitEncodedInt(token.Head + 1);
                WriteIf(writer, token.Tag);
                WriteIf(writer, token.Relation);
                if (ownText)
                {
                    writer.Write(token.Text);
                }
            }
        }
        return stream.ToArray();
    }

    public static ImmutableArray<Token> Decode(byte[] blob, string text)
    {
        using var reader = new BinaryReader(new MemoryStream(blob), Encoding.UTF8);
        var version = reader.ReadByte();
        if (version != Version)
        {
            throw new StoreException($"The store holds tokens in format {version}, which this Nexus cannot read.");
        }
        var tokens = ImmutableArray.CreateBuilder<Token>(reader.Read7BitEncodedInt());
        for (var i = 0; i < tokens.Capacity; i++)
        {
            var flags = reader.ReadByte();
            var start = reader.Read7BitEncodedInt();
            var span = new TextSpan(start, start + reader.Read7BitEncodedInt());
            var head = reader.Read7BitEncodedInt() - 1;
            var tag = (flags & HasTag) != 0 ? reader.ReadString() : null;
            var relation = (flags & HasRelation) != 0 ? reader.ReadString() : null;
            var tokenText = (flags & HasOwnText) != 0 ? reader.ReadString() : span.Of(text);
            tokens.Add(new Token(span, tokenText) { Tag = tag, Head = head, Relation = relation });
        }
        return tokens.MoveToImmutable();
    }

    private static void WriteIf(BinaryWriter writer, string? value)
    {
        if (value is not null)
        {
            writer.Write(value);
        }
    }
}
