using System.Buffers.Binary;

namespace Nexus.Analysis.Syndication;

/// <summary>
/// A MinHash sketch of a text's word shingles (five-word windows, case folded, punctuation ignored):
/// the share of equal minima between two sketches estimates the Jaccard similarity of their shingle
/// sets, so republished copies under other chrome, with a headline changed or a sentence dropped,
/// still come out close. Immutable.
/// </summary>
public sealed record TextSignature
{
    /// <summary>Hash functions per sketch: the Jaccard estimate's standard error is at most 1/(2√128) ≈ 0.044.</summary>
    public const int Size = 128;

    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    /// <summary>Names the scheme in stored signatures, so that a change of scheme recomputes them.</summary>
    public const string Scheme = "minhash-w5-128/1";

    private static readonly ImmutableArray<ulong> Seeds = CreateSeeds();

    private TextSignature(ImmutableArray<ulong> minima, int shingles)
    {
        Minima = minima;
        Shingles = shingles;
    }

    /// <summary>The smallest hash of any shingle under each of the <see cref="Size"/> hash functions.</summary>
    public ImmutableArray<ulong> Minima { get; }

    /// <summary>How many shingles the text has (with repeats), for weighing short texts.</summary>
    public int Shingles { get; }

    public static TextSignature Of(string text)
    {
        var minima = new ulong[Size];
        Array.Fill(minima, ulong.MaxValue);
        var window = new ulong[ShingleWords];
        var words = 0;
        foreach (var word in Words(text))
        {
            window[words % ShingleWords] = word;
            words++;
            if (words >= ShingleWords)
            {
                Add(minima, Shingle(window, words));
            }
        }
        if (words is > 0 and < ShingleWords)
        {
            Add(minima, Shingle(window, words));
        }
        var shingles = words == 0 ? 0 : Math.Max(1, words - ShingleWords + 1);
        return new TextSignature(ImmutableArray.Create(minima), shingles);
    }

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets, 0..1; 0 when either is empty.</summary>
    public double Jaccard(TextSignature other)
    {
        if (Shingles == 0 || other.Shingles == 0)
        {
            return 0;
        }
        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            if (Minima[i] == other.Minima[i])
            {
                equal++;
            }
        }
        return equal / (double)Size;
    }

    /// <summary>A compact form for storage: the shingle count, then the minima, little-endian.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[4 + (8 * Size)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Shingles);
        for (var i = 0; i < Size; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(4 + (8 * i)), Minima[i]);
        }
        return bytes;
    }

    /// <summary>Reads <see cref="ToBytes"/>'s form; null when the bytes are not one.</summary>
    public static TextSignature? FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 4 + (8 * Size))
        {
            return null;
        }
        var minima = new ulong[Size];
        for (var i = 0; i < Size; i++)
        {
            minima[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(4 + (8 * i))..]);
        }
        return new TextSignature(ImmutableArray.Create(minima), BinaryPrimitives.ReadInt32LittleEndian(bytes));
    }

    /// <summary>The hash of band <paramref name="band"/> of <paramref name="rows"/> minima, for locality-sensitive bucketing.</summary>
    internal ulong Band(int band, int rows)
    {
        var hash = (ulong)band;
        for (var i = band * rows; i < (band + 1) * rows; i++)
        {
            hash = Mix((hash * 0x9E3779B97F4A7C15UL) ^ Minima[i]);
        }
        return hash;
    }

    private static void Add(ulong[] minima, ulong shingle)
    {
        for (var i = 0; i < Size; i++)
        {
            var value = Mix(shingle ^ Seeds[i]);
            if (value < minima[i])
            {
                minima[i] = value;
            }
        }
    }

    /// <summary>The window's words in reading order (the window is a ring ending at <paramref name="count"/>).</summary>
    private static ulong Shingle(ulong[] window, int count)
    {
        var length = Math.Min(count, ShingleWords);
        var hash = 0xCBF29CE484222325UL;
        for (var i = count - length; i < count; i++)
        {
            hash = Mix(hash ^ window[i % ShingleWords]) * 0x100000001B3UL;
        }
        return hash;
    }

    /// <summary>FNV-1a hashes of the runs of letters and digits, folded to lower case.</summary>
    private static IEnumerable<ulong> Words(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
                inWord = true;
            }
            else if (inWord)
            {
                yield return hash;
                hash = 0xCBF29CE484222325UL;
                inWord = false;
            }
        }
        if (inWord)
        {
            yield return hash;
        }
    }

    /// <summary>The SplitMix64 finaliser: every input bit moves every output bit.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ImmutableArray<ulong> CreateSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x4E657875734D4831UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return ImmutableArray.Create(seeds);
    }
}
