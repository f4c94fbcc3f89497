using Nexus.Text.Models.Features;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Brown clusters of words (see <c>BrownClustering</c>), which the NER model reads as features: words
/// that occur in similar contexts share a long prefix of their bit paths, so a name never seen in
/// labelled text still looks like the names it clusters with. Words are keyed by a hash of their
/// lower-cased form and their shape, which tells "US" from "us" as the case-sensitive clusters do.
/// Shipped inside the model; immutable.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<ulong, ulong> _paths;

    private WordClusters(Dictionary<ulong, ulong> paths) => _paths = paths;

    public static readonly WordClusters Empty = new([]);

    public int Count => _paths.Count;

    /// <summary>From words and their bit paths ("0110…"); a word listed twice keeps its first path.</summary>
    public static WordClusters Build(IEnumerable<(string Word, string Path)> words)
    {
        var paths = new Dictionary<ulong, ulong>();
        foreach (var (word, path) in words)
        {
            if (path.Length is 0 or > 62 || path.Any(c => c is not ('0' or '1')))
            {
                throw new FormatException($"'{path}' is not a cluster bit path (1 to 62 of 0 and 1).");
            }
            paths.TryAdd(Key(TokenKeys.Of(word)), path.Aggregate(1UL, (code, bit) => (code << 1) + (bit == '1' ? 1UL : 0UL)));
        }
        return new WordClusters(paths);
    }

    /// <summary>
    /// Reads the clusters file <c>nexus train clusters</c> writes: "path TAB word TAB count" lines.
    /// </summary>
    public static WordClusters ReadTsv(string path) =>
        Build(File.ReadLines(path).Where(l => l.Length > 0).Select(l =>
        {
            var fields = l.Split('\t');
            return fields.Length >= 2 ? (fields[1], fields[0]) : throw new FormatException($"'{path}': expected 'path TAB word TAB count' lines, found '{l}'.");
        }));

    /// <summary>Each word's path as a number: a leading 1, then the bits; 0 for a word with no cluster.</summary>
    internal void Match(ReadOnlySpan<TokenKeys> words, Span<ulong> codes)
    {
        for (var i = 0; i < words.Length; i++)
        {
            codes[i] = _paths.GetValueOrDefault(Key(words[i]));
        }
    }

    /// <summary>The first <paramref name="bits"/> bits of a path code (the whole path when it is shorter).</summary>
    internal static ulong Prefix(ulong code, int bits)
    {
        var length = 63 - System.Numerics.BitOperations.LeadingZeroCount(code | 1);
        return length > bits ? code >> (length - bits) : code;
    }

    private static ulong Key(TokenKeys word) => FeatureHash.Add(word.Lower, word.Shape);

    internal void Write(BinaryWriter writer)
    {
        writer.Write(_paths.Count);
        foreach (var (key, code) in _paths.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(code);
        }
    }

    internal static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var paths = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            paths[key] = reader.ReadUInt64();
        }
        return new WordClusters(paths);
    }
}
