using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nexus.Text.Models;

/// <summary>
/// Frozen weights of a multi-class linear model over hashed features. Each feature key owns a
/// sparse row (only the classes whose weight survived pruning). A model is probed some 40–250
/// times per word, so lookups are built to be few instructions and few cache misses:
/// <list type="bullet">
/// <item>The table is made of 64-byte buckets, one cache line each: four keys, then their four
/// rows, half full. One vector compare finds a key in its bucket. (Two thirds full took a quarter
/// less memory, but searches more often ran on into the next bucket, a cache miss no prefetch had
/// asked for; half full made the tagger, recogniser and parser some 5% faster.) A row is 8 bytes:
/// the row itself when it has at most two entries (most rows: a perceptron mistake moves two classes), or
/// where a longer row starts in the entries array and how long it is. An entry is 4 bytes: the
/// weight as a float whose low 8 mantissa bits, always zero in a half-precision value, hold the
/// class. So a found feature costs one cache miss, or two for a longer row. A model of four
/// classes (the parser's transitions) keeps every row whole in its 8 bytes instead, as four
/// half-precision weights, added with one vector operation.</item>
/// <item>Most features looked up are not in the model; a filter of 8 bits per key, small enough to
/// stay in cache, turns away about 95% of them before the table is touched.</item>
/// <item>Batch lookups prefetch every bucket before reading any, and every longer row before adding
/// any, so the memory system fetches them in parallel instead of one miss after another.</item>
/// </list>
/// Scores are summed in the order the features are given, so a batch gives bit-for-bit the scores
/// of one lookup after another. Read-only after construction, so one instance serves any number of
/// threads.
/// </summary>
internal sealed class LinearModel
{
    /// <summary>Classes a model can have (a class is stored in 8 bits).</summary>
    public const int MaxClasses = 256;

    private const int ClassBits = 8;
    private const int ClassMask = (1 << ClassBits) - 1;

    // A row's low word with every float exponent bit set is no entry (weights are finite) but the
    // start of a longer row in its 23 mantissa bits; the high word is then its length.
    private const int LongRow = 0x7F800000;
    private const int MaxLongEntries = 1 << 23;

    // A model of this many classes stores dense rows of half-precision weights.
    private const int DenseClasses = 4;

    private const int BucketKeys = 4;
    private const int BucketWords = 2 * BucketKeys;
    private const int CacheLine = 64;

    // Pinned, so the first bucket's cache-line alignment, worked out once, holds for good.
    private readonly ulong[] _table;
    private readonly int _firstWord;
    private readonly ulong _buckets;
    private readonly ulong[] _filter;
    private readonly int[] _entries;
    private readonly bool _dense;

    private LinearModel(int classes, ulong[] keys, int[] rowStart, byte[] classOf, float[] values)
    {
        Classes = classes;
        _dense = classes == DenseClasses;
        FeatureCount = keys.Length;
        WeightCount = values.Length;
        var entries = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                throw new InvalidOperationException("A linear model's weights are finite half-precision numbers.");
            }
            entries[i] = (BitConverter.SingleToInt32Bits(values[i]) & ~ClassMask) | classOf[i];
        }
        var longEntries = new List<int>();
        var rows = new ulong[keys.Length];
        for (var row = 0; row < keys.Length; row++)
        {
            var count = rowStart[row + 1] - rowStart[row];
            if (_dense)
            {
                rows[row] = DenseRow(classOf.AsSpan(rowStart[row], count), values.AsSpan(rowStart[row], count));
                continue;
            }
            var first = entries[rowStart[row]];
            if (count > 2)
            {
                if (longEntries.Count + count > MaxLongEntries)
                {
                    throw new InvalidOperationException($"A linear model holds at most {MaxLongEntries} weights in rows longer than two.");
                }
                first = LongRow | longEntries.Count;
                longEntries.AddRange(entries.AsSpan(rowStart[row], count));
            }
            rows[row] = Row(first, count == 1 ? 0 : count == 2 ? entries[rowStart[row] + 1] : count);
        }
        _entries = [.. longEntries];
        _buckets = (ulong)Math.Max(4, (keys.Length + 1) / 2);
        (_table, _firstWord) = Place(keys, rows, _buckets);
        _filter = new ulong[Math.Max(1, keys.Length / 8)];
        foreach (var key in keys)
        {
            _filter[FilterWord(key)] |= FilterBits(key);
        }
    }

    public int Classes { get; }

    public int FeatureCount { get; }

    /// <summary>Weights kept after pruning.</summary>
    public int WeightCount { get; }

    /// <summary>Bytes held in memory by the lookup table, its filter and the longer rows.</summary>
    public long MemoryBytes => (_table.LongLength + _filter.LongLength) * sizeof(ulong) + (_entries.LongLength * sizeof(int));

    /// <summary>
    /// A row as one number: its first entry (or <see cref="LongRow"/> plus a start) in the low
    /// half, its second entry (0 when it has one: no entry is 0, as no kept weight is; or a longer
    /// row's length) in the high half. Never 0, so 0 means "no such feature".
    /// </summary>
    private static ulong Row(int first, int second) => ((ulong)(uint)second << 32) | (uint)first;

    private static float Value(int entry) => BitConverter.Int32BitsToSingle(entry & ~ClassMask);

    /// <summary>A dense row: the half-precision bits of class c's weight in bits 16c to 16c + 15 (0 for no weight; never all 0).</summary>
    private static ulong DenseRow(ReadOnlySpan<byte> classes, ReadOnlySpan<float> values)
    {
        var row = 0UL;
        for (var i = 0; i < classes.Length; i++)
        {
            var bits = BitConverter.HalfToUInt16Bits((Half)values[i]);
            if ((bits & 0x7C00) == 0)
            {
                throw new InvalidOperationException("A four-class linear model keeps no weights too small for a normal half-precision number.");
            }
            row |= (ulong)bits << (16 * classes[i]);
        }
        return row;
    }

    /// <summary>The four weights of a dense row as floats: each normal half moved into float bits (sign, exponent rebased, mantissa), 0 kept 0.</summary>
    private static Vector128<float> DenseWeights(ulong row)
    {
        var halves = Vector128.WidenLower(Vector128.CreateScalar(row).AsUInt16());
        var magnitude = halves & Vector128.Create(0x7FFFu);
        var floats = ((halves & Vector128.Create(0x8000u)) << 16) | ((magnitude << 13) + Vector128.Create(0x38000000u));
        return Vector128.AndNot(floats, Vector128.Equals(magnitude, Vector128<uint>.Zero)).AsSingle();
    }

    private static bool IsLongRow(int first) => (first & LongRow) == LongRow;

    /// <summary>The bucket a key's search starts at: its low half scaled onto the buckets (no division).</summary>
    private static int Bucket(ulong key, ulong buckets) => (int)(((key & 0xFFFFFFFF) * buckets) >> 32);

    private int FilterWord(ulong key) => (int)(((key >> 32) * (ulong)_filter.Length) >> 32);

    private static ulong FilterBits(ulong key) => (1UL << (int)((key >> 20) & 63)) | (1UL << (int)((key >> 26) & 63));

    /// <summary>False when the model surely has no row for the key; true when it may.</summary>
    private bool MayHave(ulong key)
    {
        var bits = FilterBits(key);
        return (_filter[FilterWord(key)] & bits) == bits;
    }

    /// <summary>
    /// Linear probing by bucket: a key goes into the first bucket from its own with a free place.
    /// The table runs past the last home bucket, and its last bucket stays empty, so every search
    /// ends inside it.
    /// </summary>
    private static unsafe (ulong[] Table, int FirstWord) Place(ulong[] keys, ulong[] rows, ulong buckets)
    {
        for (var spare = 16; ; spare *= 2)
        {
            var table = GC.AllocateArray<ulong>((((int)buckets + spare) * BucketWords) + BucketWords, pinned: true);
            var misalignment = (int)((nuint)Unsafe.AsPointer(ref table[0]) % CacheLine);
            var firstWord = (CacheLine - misalignment) % CacheLine / sizeof(ulong);
            var lastBucket = (int)buckets + spare - 1;
            var placed = true;
            for (var i = 0; i < keys.Length && placed; i++)
            {
                var free = -1;
                for (var bucket = Bucket(keys[i], buckets); free < 0 && bucket < lastBucket; bucket++)
                {
                    free = Array.IndexOf(table, 0UL, firstWord + (bucket * BucketWords), BucketKeys);
                }
                placed = free >= 0;
                if (placed)
                {
                    table[free] = keys[i];
                    table[free + BucketKeys] = rows[i];
                }
            }
            if (placed)
            {
                return (table, firstWord);
            }
        }
    }

    /// <summary>
    /// Collects rows in ascending key order, keeping only weights at least <c>prune</c> in size
    /// (rounded to half precision, as saved) and keys with any weight left.
    /// </summary>
    internal sealed class Builder(int classes, float prune)
    {
        private readonly List<ulong> _keys = [];
        private readonly List<int> _rowStart = [0];
        private readonly List<byte> _classOf = [];
        private readonly List<float> _values = [];

        public void Add(ulong key, ReadOnlySpan<float> row)
        {
            var before = _values.Count;
            for (var c = 0; c < row.Length; c++)
            {
                var value = (float)(Half)row[c];
                if (Math.Abs(row[c]) >= prune && value != 0)
                {
                    _classOf.Add((byte)c);
                    _values.Add(value);
                }
            }
            if (_values.Count > before)
            {
                _keys.Add(key);
                _rowStart.Add(_values.Count);
            }
        }

        public LinearModel Build() =>
            classes > MaxClasses
                ? throw new InvalidOperationException($"A linear model has at most {MaxClasses} classes.")
                : new LinearModel(classes, [.. _keys], [.. _rowStart], [.. _classOf], [.. _values]);
    }

    /// <summary>Adds the rows of the given features to <paramref name="scores"/>, in order.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores) => AddScores(features, features.Length, scores);

    /// <summary>
    /// Scores of a four-class model, which the parser asks at every transition: most of its
    /// features are in the model, so every bucket is prefetched unfiltered (the filter then spares
    /// only the search of a feature it turns away), and each row is added to one vector in a
    /// register (a missing row adds 0, which changes no score), in order, so the scores are those of
    /// the general path.
    /// </summary>
    private void AddDenseScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        foreach (var feature in features)
        {
            Prefetch(ref Unsafe.Add(ref table, BucketStart(feature)));
        }
        ref var target = ref MemoryMarshal.GetReference(scores[..DenseClasses]);
        var sum = Vector128.LoadUnsafe(ref target);
        foreach (var feature in features)
        {
            if (feature != 0 && MayHave(feature))
            {
                sum += DenseWeights(Search(feature));
            }
        }
        sum.StoreUnsafe(ref target);
    }

    /// <summary>
    /// Scores several items at once: features <c>[k × perItem, (k + 1) × perItem)</c> add, in
    /// order, to <c>scores[k × Classes, (k + 1) × Classes)</c>. One batch gives the memory system
    /// the most independent loads to overlap.
    /// </summary>
    public void AddScores(ReadOnlySpan<ulong> features, int perItem, Span<float> scores)
    {
        if (_dense)
        {
            for (var item = 0; item * perItem < features.Length; item++)
            {
                AddDenseScores(features.Slice(item * perItem, perItem), scores.Slice(item * DenseClasses, DenseClasses));
            }
            return;
        }
        var rentedFound = features.Length > 256 ? ArrayPool<int>.Shared.Rent(features.Length) : null;
        var rentedRows = features.Length > 256 ? ArrayPool<ulong>.Shared.Rent(features.Length) : null;
        var found = rentedFound is null ? stackalloc int[features.Length] : rentedFound.AsSpan(0, features.Length);
        var rows = rentedRows is null ? stackalloc ulong[features.Length] : rentedRows.AsSpan(0, features.Length);
        var count = Lookup(features, found, rows);
        var itemEnd = 0;
        var target = scores;
        for (var i = 0; i < count; i++)
        {
            if (found[i] >= itemEnd)
            {
                var item = found[i] / perItem;
                itemEnd = (item + 1) * perItem;
                target = scores.Slice(item * Classes, Classes);
            }
            AddRow(rows[i], target);
        }
        if (rentedFound is not null)
        {
            ArrayPool<int>.Shared.Return(rentedFound);
            ArrayPool<ulong>.Shared.Return(rentedRows!);
        }
    }

    /// <summary>
    /// Looks up every feature's row (0 when the model has none; a 0 feature is no feature) for
    /// <see cref="AddRows"/>.
    /// </summary>
    public void Find(ReadOnlySpan<ulong> features, Span<ulong> rows)
    {
        var rentedFound = features.Length > 256 ? ArrayPool<int>.Shared.Rent(features.Length) : null;
        var rentedRows = features.Length > 256 ? ArrayPool<ulong>.Shared.Rent(features.Length) : null;
        var found = rentedFound is null ? stackalloc int[features.Length] : rentedFound.AsSpan(0, features.Length);
        var foundRows = rentedRows is null ? stackalloc ulong[features.Length] : rentedRows.AsSpan(0, features.Length);
        var count = Lookup(features, found, foundRows);
        rows.Clear();
        for (var i = 0; i < count; i++)
        {
            rows[found[i]] = foundRows[i];
        }
        if (rentedFound is not null)
        {
            ArrayPool<int>.Shared.Return(rentedFound);
            ArrayPool<ulong>.Shared.Return(rentedRows!);
        }
    }

    /// <summary>
    /// The features the model has, in order: their indices into <paramref name="found"/> and their
    /// rows into <paramref name="rows"/>; returns how many. Every candidate's bucket is prefetched
    /// before any is read, and every longer row before any is added. Branch-free where the outcome
    /// is a coin toss (is the feature in the model? is its row long?), so neither mispredictions nor
    /// the loads they wait on serialise the batch.
    /// </summary>
    private int Lookup(ReadOnlySpan<ulong> features, Span<int> found, Span<ulong> rows)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        var candidates = 0;
        for (var f = 0; f < features.Length; f++)
        {
            // A feature the filter turns away prefetches the first bucket instead.
            var feature = features[f];
            var maybe = Bit(feature != 0) & Bit(MayHave(feature));
            Prefetch(ref Unsafe.Add(ref table, BucketStart(feature) & -maybe));
            found[candidates] = f;
            candidates += maybe;
        }
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        var count = 0;
        for (var c = 0; c < candidates; c++)
        {
            var f = found[c];
            var row = Search(features[f]);
            var first = (int)row;
            Prefetch(ref Unsafe.Add(ref entries, first & ~LongRow & -Bit(IsLongRow(first) && !_dense)));
            found[count] = f;
            rows[count] = row;
            count += Bit(row != 0);
        }
        return count;
    }

    /// <summary>Adds rows found by <see cref="Find"/> to <paramref name="scores"/>, in order.</summary>
    public void AddRows(ReadOnlySpan<ulong> rows, Span<float> scores)
    {
        foreach (var row in rows)
        {
            if (row != 0)
            {
                AddRow(row, scores);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(ulong row, Span<float> scores)
    {
        if (_dense)
        {
            ref var target = ref MemoryMarshal.GetReference(scores[..DenseClasses]);
            (Vector128.LoadUnsafe(ref target) + DenseWeights(row)).StoreUnsafe(ref target);
            return;
        }
        var first = (int)row;
        var second = (int)(row >> 32);
        if (IsLongRow(first))
        {
            foreach (var entry in _entries.AsSpan(first & ~LongRow, second))
            {
                scores[entry & ClassMask] += Value(entry);
            }
            return;
        }
        // Both, unconditionally: a missing second entry is 0, a weight of +0 on class 0, and adding
        // +0 changes no score, since a score is never −0 (it starts at +0, and a sum of nonzero
        // weights that cancels rounds to +0).
        scores[first & ClassMask] += Value(first);
        scores[second & ClassMask] += Value(second);
    }

    /// <summary>The row of a feature; 0 when absent.</summary>
    private ulong RowOf(ulong feature) => feature != 0 && MayHave(feature) ? Search(feature) : 0;

    /// <summary>Where the bucket a key's search starts at begins in the table.</summary>
    private int BucketStart(ulong key) => _firstWord + (Bucket(key, _buckets) * BucketWords);

    /// <summary>The row of a nonzero feature, searched for in the table; 0 when absent.</summary>
    private ulong Search(ulong feature)
    {
        // A key sits in one place at most, and only past buckets that were full when it was placed:
        // so a match anywhere in a bucket is the key, and a free place in it means the key is absent.
        ref var bucket = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), BucketStart(feature));
        var wanted = Vector256.Create(feature);
        while (true)
        {
            var keys = Vector256.LoadUnsafe(ref bucket);
            var hit = Vector256.Equals(keys, wanted).ExtractMostSignificantBits();
            if (hit != 0)
            {
                return Unsafe.Add(ref bucket, BucketKeys + BitOperations.TrailingZeroCount(hit));
            }
            if (Vector256.EqualsAny(keys, Vector256<ulong>.Zero))
            {
                return 0;
            }
            bucket = ref Unsafe.Add(ref bucket, BucketWords);
        }
    }

    private static int Bit(bool value) => Unsafe.BitCast<bool, byte>(value);

    /// <summary>A hint to fetch a location's cache line; never faults, so a stale address is harmless.</summary>
    private static unsafe void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }

    /// <summary>Adds the row of one feature to <paramref name="scores"/>.</summary>
    public void AddScores(ulong feature, Span<float> scores) => AddRow(RowOf(feature), scores);

    /// <summary>The weight of one class for one feature, or 0.</summary>
    public float Weight(ulong feature, int cls)
    {
        Span<float> scores = stackalloc float[Classes];
        AddScores(feature, scores);
        return scores[cls];
    }

    /// <summary>Every row in ascending key order, as its entries in class order.</summary>
    private IEnumerable<(ulong Key, int[] Entries)> Rows()
    {
        var stored = new List<(ulong Key, ulong Row)>(FeatureCount);
        for (var word = _firstWord; word + BucketWords <= _table.Length; word += BucketWords)
        {
            for (var k = 0; k < BucketKeys; k++)
            {
                if (_table[word + k] != 0)
                {
                    stored.Add((_table[word + k], _table[word + BucketKeys + k]));
                }
            }
        }
        foreach (var (key, row) in stored.OrderBy(s => s.Key))
        {
            if (_dense)
            {
                var weights = DenseWeights(row);
                yield return (key, [.. Enumerable.Range(0, DenseClasses).Where(c => weights[c] != 0)
                    .Select(c => (BitConverter.SingleToInt32Bits(weights[c]) & ~ClassMask) | c)]);
                continue;
            }
            var first = (int)row;
            var second = (int)(row >> 32);
            yield return (key,
                IsLongRow(first) ? _entries.AsSpan(first & ~LongRow, second).ToArray()
                : second == 0 ? [first]
                : [first, second]);
        }
    }

    /// <summary>A copy without the weights smaller than <paramref name="prune"/> in size.</summary>
    public LinearModel Pruned(float prune)
    {
        var builder = new Builder(Classes, prune);
        var dense = new float[Classes];
        foreach (var (key, entries) in Rows())
        {
            Array.Clear(dense);
            foreach (var entry in entries)
            {
                dense[entry & ClassMask] = Value(entry);
            }
            builder.Add(key, dense);
        }
        return builder.Build();
    }

    /// <summary>Writes keys in ascending order (delta-encoded), then each row's classes and half-float weights.</summary>
    public void Write(BinaryWriter writer)
    {
        var rows = Rows().ToArray();
        writer.Write(Classes);
        writer.Write(FeatureCount);
        var previous = 0UL;
        foreach (var (key, _) in rows)
        {
            WriteVarint(writer, key - previous);
            previous = key;
        }
        foreach (var (_, entries) in rows)
        {
            WriteVarint(writer, (ulong)entries.Length);
        }
        foreach (var (_, entries) in rows)
        {
            foreach (var entry in entries)
            {
                writer.Write((byte)(entry & ClassMask));
            }
        }
        foreach (var (_, entries) in rows)
        {
            foreach (var entry in entries)
            {
                writer.Write((Half)Value(entry));
            }
        }
    }

    public static LinearModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        var keys = new ulong[count];
        var previous = 0UL;
        for (var i = 0; i < count; i++)
        {
            previous += ReadVarint(reader);
            keys[i] = previous;
        }
        var rowStart = new int[count + 1];
        for (var row = 0; row < count; row++)
        {
            rowStart[row + 1] = rowStart[row] + (int)ReadVarint(reader);
        }
        var classOf = reader.ReadBytes(rowStart[count]);
        var values = new float[rowStart[count]];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }
        return new LinearModel(classes, keys, rowStart, classOf, values);
    }

    private static void WriteVarint(BinaryWriter writer, ulong value)
    {
        while (value >= 0x80)
        {
            writer.Write((byte)(value | 0x80));
            value >>= 7;
        }
        writer.Write((byte)value);
    }

    private static ulong ReadVarint(BinaryReader reader)
    {
        var value = 0UL;
        for (var shift = 0; ; shift += 7)
        {
            var b = reader.ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
