using Nexus.Text.Models.Features;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Name lists the NER model consults as features (never as answers): token sequences of known
/// places, nationalities and organisations, stored as hashes of their lower-cased tokens with a
/// bit per type. Shipped inside the model so the product needs no data at run time. Immutable.
/// </summary>
public sealed class NerGazetteer
{
    public const byte Location = 1;
    public const byte Nationality = 2;
    public const byte Organization = 4;
    public const int MaxTokens = 6;

    // Marks the first tokens of a longer listed name, so a match stops at the first sequence that begins none.
    private const byte Prefix = 128;

    private readonly Dictionary<ulong, byte> _entries;

    private NerGazetteer(Dictionary<ulong, byte> entries) => _entries = entries;

    public static readonly NerGazetteer Empty = new([]);

    public int Count => _entries.Count;

    /// <summary>Builds the lists from surfaces, tokenised like running text.</summary>
    public static NerGazetteer Build(IEnumerable<(string Surface, byte Type)> names)
    {
        var entries = new Dictionary<ulong, byte>();
        foreach (var (surface, type) in names)
        {
            var tokens = Tokenizer.Tokenize(surface);
            if (tokens.Count is 0 or > MaxTokens || surface.Length < 2)
            {
                continue;
            }
            var key = Start;
            for (var i = 0; i < tokens.Count; i++)
            {
                key = Extend(key, FeatureHash.Lower(tokens[i].Text));
                var bits = i == tokens.Count - 1 ? type : Prefix;
                entries[key] = (byte)(entries.GetValueOrDefault(key) | bits);
            }
        }
        return new NerGazetteer(entries);
    }

    /// <summary>
    /// For each token, the types of the longest listed sequence covering it (leftmost first) and its
    /// place in it: value = type bits × 4 + (0 begin, 1 inside, 2 last, 3 single); 0 when none.
    /// </summary>
    internal void Match(ReadOnlySpan<TokenKeys> words, Span<ulong> codes)
    {
        codes.Clear();
        var i = 0;
        while (i < words.Length)
        {
            var bestLength = 0;
            byte bestType = 0;
            var key = Start;
            for (var length = 1; length <= MaxTokens && i + length <= words.Length; length++)
            {
                key = Extend(key, words[i + length - 1].Lower);
                if (!_entries.TryGetValue(key, out var type))
                {
                    break;
                }
                if ((type & ~Prefix) != 0)
                {
                    bestLength = length;
                    bestType = (byte)(type & ~Prefix);
                }
            }
            if (bestLength == 0)
            {
                i++;
                continue;
            }
            for (var k = 0; k < bestLength; k++)
            {
                var part = bestLength == 1 ? 3UL : k == 0 ? 0UL : k == bestLength - 1 ? 2UL : 1UL;
                codes[i + k] = 4 + ((ulong)bestType * 4) + part;
            }
            i += bestLength;
        }
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(_entries.Count);
        foreach (var (key, type) in _entries.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(type);
        }
    }

    internal static NerGazetteer Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            entries[key] = reader.ReadByte();
        }
        return new NerGazetteer(entries);
    }

    private const ulong Start = 0x51ED270B27A9E3C1;

    private static ulong Extend(ulong key, ulong word) => FeatureHash.Add(key, word);
}
