using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Nexus.Text.Models;

/// <summary>
/// Frozen weights of a multi-class linear model over hashed features. Each feature key owns a
/// sparse row (only the classes whose weight survived pruning). Lookups are memory-bound, so:
/// <list type="bullet">
/// <item>The table is made of 64-byte buckets, one cache line each, of four 16-byte slots, two
/// thirds full. A slot holds the full key and either the row itself, when it has at most two
/// entries (most rows: a perceptron mistake moves two classes), or where a longer row starts in the
/// entries array and how long it is. An entry is 4 bytes: the weight as a float whose low 8
/// mantissa bits, always zero in a half-precision value, hold the class. So a found feature costs
/// one cache miss, or two for a longer row.</item>
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

    // A slot's first word with every float exponent bit set is no entry (weights are finite) but
    // the start of a longer row in its 23 mantissa bits.
    private const int LongRow = 0x7F800000;
    private const int MaxLongEntries = 1 << 23;

    private const int BucketSlots = 4;
    private const int CacheLine = 64;

    // Pinned, so the first bucket's cache-line alignment, worked out once, holds for good.
    private readonly Slot[] _slots;
    private readonly int _firstSlot;
    private readonly ulong _buckets;
    private readonly ulong[] _filter;
    private readonly int[] _entries;

    private LinearModel(int classes, ulong[] keys, int[] rowStart, byte[] classOf, float[] values)
    {
        Classes = classes;
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
        var rows = new Slot[keys.Length];
        for (var row = 0; row < keys.Length; row++)
        {
            var count = rowStart[row + 1] - rowStart[row];
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
            rows[row] = new Slot(keys[row], first, count == 1 ? 0 : count == 2 ? entries[rowStart[row] + 1] : count);
        }
        _entries = [.. longEntries];
        _buckets = (ulong)Math.Max(4, ((keys.Length * 3) + 7) / 8);
        (_slots, _firstSlot) = Place(rows, _buckets);
        _filter = new ulong[Math.Max(1, keys.Length / 8)];
        foreach (var key in keys)
        {
            _filter[FilterWord(key)] |= FilterBits(key);
        }
    }

    /// <summary>
    /// A stored key (0 marks an empty slot) and its row: <c>First</c> and <c>Second</c> are its
    /// entries (<c>Second</c> 0 when it has one: no entry is 0, as no kept weight is), or, when
    /// <c>First</c> is <see cref="LongRow"/> plus a start, <c>Second</c> is how many entries follow it.
    /// </summary>
    private readonly struct Slot(ulong key, int first, int second)
    {
        public readonly ulong Key = key;
        public readonly int First = first;
        public readonly int Second = second;
    }

    public int Classes { get; }

    public int FeatureCount { get; }

    /// <summary>Weights kept after pruning.</summary>
    public int WeightCount { get; }

    /// <summary>Bytes held in memory by the lookup table and the longer rows.</summary>
    public long MemoryBytes => (_slots.LongLength * 16) + (_filter.LongLength * sizeof(ulong)) + (_entries.LongLength * sizeof(int));

    private static float Value(int entry) => BitConverter.Int32BitsToSingle(entry & ~ClassMask);

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
    /// Linear probing by bucket: a key goes into the first bucket from its own with a free slot. The
    /// table runs past the last home bucket, and its last bucket always keeps a free slot, so every
    /// search ends inside it.
    /// </summary>
    private static unsafe (Slot[] Slots, int FirstSlot) Place(Slot[] rows, ulong buckets)
    {
        for (var spare = 16; ; spare *= 2)
        {
            var slots = GC.AllocateArray<Slot>((((int)buckets + spare) * BucketSlots) + BucketSlots, pinned: true);
            var misalignment = (int)((nuint)Unsafe.AsPointer(ref slots[0]) % CacheLine);
            var firstSlot = misalignment == 0 ? 0 : (CacheLine - misalignment) / Unsafe.SizeOf<Slot>();
            var last = firstSlot + (((int)buckets + spare - 1) * BucketSlots);
            var placed = true;
            foreach (var row in rows)
            {
                var slot = firstSlot + (Bucket(row.Key, buckets) * BucketSlots);
                while (slots[slot].Key != 0)
                {
                    slot++;
                }
                if (slot >= last + BucketSlots - 1)
                {
                    placed = false;
                    break;
                }
                slots[slot] = row;
            }
            if (placed)
            {
                return (slots, firstSlot);
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
    /// Scores several items at once: features <c>[k × perItem, (k + 1) × perItem)</c> add, in
    /// order, to <c>scores[k × Classes, (k + 1) × Classes)</c>. One batch gives the memory system
    /// the most independent loads to overlap.
    /// </summary>
    public void AddScores(ReadOnlySpan<ulong> features, int perItem, Span<float> scores)
    {
        var rented = features.Length > 256 ? ArrayPool<ulong>.Shared.Rent(features.Length) : null;
        var rows = rented is null ? stackalloc ulong[features.Length] : rented.AsSpan(0, features.Length);
        Find(features, rows);
        for (var item = 0; item * perItem < rows.Length; item++)
        {
            AddRows(rows.Slice(item * perItem, perItem), scores.Slice(item * Classes, Classes));
        }
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Looks up every feature's row (0 when the model has none; a 0 feature is no feature) for
    /// <see cref="AddRows"/>: every feature's slots are prefetched before any is read, and every
    /// longer row before any is added.
    /// </summary>
    public void Find(ReadOnlySpan<ulong> features, Span<ulong> rows)
    {
        // Branch-free where the outcome is a coin toss (is the feature in the model? is its row
        // long?), so neither mispredictions nor the loads they wait on serialise the batch.
        var rented = features.Length > 512 ? ArrayPool<int>.Shared.Rent(features.Length) : null;
        var candidates = rented is null ? stackalloc int[features.Length] : rented.AsSpan(0, features.Length);
        ref var slot0 = ref MemoryMarshal.GetArrayDataReference(_slots);
        var count = 0;
        for (var f = 0; f < features.Length; f++)
        {
            // A feature the filter turns away prefetches the first slot instead.
            var feature = features[f];
            var maybe = Bit(feature != 0) & Bit(MayHave(feature));
            Prefetch(ref Unsafe.Add(ref slot0, BucketSlot(feature) & -maybe));
            candidates[count] = f;
            count += maybe;
        }
        rows.Clear();
        ref var entry0 = ref MemoryMarshal.GetArrayDataReference(_entries);
        foreach (var f in candidates[..count])
        {
            var row = Search(features[f]);
            var first = (int)row;
            Prefetch(ref Unsafe.Add(ref entry0, first & ~LongRow & -Bit(IsLongRow(first))));
            rows[f] = row;
        }
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Adds rows found by <see cref="Find"/> to <paramref name="scores"/>, in order.</summary>
    public void AddRows(ReadOnlySpan<ulong> rows, Span<float> scores)
    {
        foreach (var row in rows)
        {
            AddRow(row, scores);
        }
    }

    /// <summary>A slot's row as one number, <c>First</c> in the low half; 0 for an empty slot, never for a stored row.</summary>
    private static ulong RowOf(in Slot slot) => ((ulong)(uint)slot.Second << 32) | (uint)slot.First;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(ulong row, Span<float> scores)
    {
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
        // Both, unconditionally: a missing entry (and an absent row) is 0, a weight of +0 on
        // class 0, and adding +0 changes no score, since a score is never −0 (it starts at +0, and
        // a sum of nonzero weights that cancels rounds to +0).
        scores[first & ClassMask] += Value(first);
        scores[second & ClassMask] += Value(second);
    }

    /// <summary>The row of a feature; 0 when absent.</summary>
    private ulong RowOf(ulong feature) => feature != 0 && MayHave(feature) ? Search(feature) : 0;

    /// <summary>The first slot of the bucket a key's search starts at.</summary>
    private int BucketSlot(ulong key) => _firstSlot + (Bucket(key, _buckets) * BucketSlots);

    /// <summary>The row of a nonzero feature, searched for in the table; 0 when absent.</summary>
    private ulong Search(ulong feature)
    {
        // A key sits in one place at most, and only past buckets that were full when it was placed:
        // so a match anywhere in a bucket is the key, and a free slot in it means the key is absent.
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), BucketSlot(feature));
        while (true)
        {
            ref var s1 = ref Unsafe.Add(ref slot, 1);
            ref var s2 = ref Unsafe.Add(ref slot, 2);
            ref var s3 = ref Unsafe.Add(ref slot, 3);
            var row = Match(slot, feature) | Match(s1, feature) | Match(s2, feature) | Match(s3, feature);
            var open = Bit(slot.Key == 0) | Bit(s1.Key == 0) | Bit(s2.Key == 0) | Bit(s3.Key == 0);
            if ((row | (uint)open) != 0)
            {
                return row;
            }
            slot = ref Unsafe.Add(ref slot, BucketSlots);
        }
    }

    /// <summary>The slot's row when it holds the key, else 0.</summary>
    private static ulong Match(in Slot slot, ulong feature) => RowOf(slot) & (0UL - (ulong)Bit(slot.Key == feature));

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
        foreach (var slot in _slots.Where(s => s.Key != 0).OrderBy(s => s.Key))
        {
            yield return (slot.Key,
                IsLongRow(slot.First) ? _entries.AsSpan(slot.First & ~LongRow, slot.Second).ToArray()
                : slot.Second == 0 ? [slot.First]
                : [slot.First, slot.Second]);
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
