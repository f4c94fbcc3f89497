using System.Buffers;
using System.Numerics;

namespace Nexus.Text.Models;

/// <summary>
/// Frozen weights of a multi-class linear model over hashed features. Each feature key owns a
/// sparse row (only the classes whose weight survived pruning). Lookups are memory-bound, so the
/// hot data is two compact arrays: an open-addressing table of 16-byte slots (the full key, where
/// its row starts and how long it is) and the rows' entries, 4 bytes each (the weight as a float
/// whose low 8 mantissa bits, always zero in a half-precision value, hold the class). Batch lookups
/// load every slot before using any, so the memory system fetches them in parallel instead of one
/// miss after another. Scores are summed in the order the features are given, so a batch gives
/// bit-for-bit the scores of one lookup after another. Read-only after construction, so one
/// instance serves any number of threads.
/// </summary>
internal sealed class LinearModel
{
    /// <summary>Classes a model can have (a class is stored in 8 bits).</summary>
    public const int MaxClasses = 256;

    private const int ClassBits = 8;
    private const int ClassMask = (1 << ClassBits) - 1;

    // Hot: probed on every lookup.
    private readonly Slot[] _slots;
    private readonly int[] _entries;
    private readonly int _mask;

    // Cold: the keys in ascending order and where each row starts, for writing and copying.
    private readonly ulong[] _keys;
    private readonly int[] _rowStart;

    private LinearModel(int classes, ulong[] keys, int[] rowStart, byte[] classOf, float[] values)
    {
        Classes = classes;
        _keys = keys;
        _rowStart = rowStart;
        _entries = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _entries[i] = (BitConverter.SingleToInt32Bits((float)(Half)values[i]) & ~ClassMask) | classOf[i];
        }
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + (keys.Length / 3)));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)keys[row] & _mask;
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(keys[row], RowOf(rowStart[row], rowStart[row + 1] - rowStart[row]));
        }
    }

    /// <summary>A stored key and its row (see <see cref="RowOf"/>); key 0 marks an empty slot.</summary>
    private readonly record struct Slot(ulong Key, ulong Row);

    public int Classes { get; }

    public int FeatureCount => _keys.Length;

    /// <summary>Weights kept after pruning.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>Bytes held in memory by the lookup table, the weights and the keys kept for writing.</summary>
    public long MemoryBytes => (_slots.LongLength * 16) + (_entries.LongLength * sizeof(int)) + (_keys.LongLength * sizeof(ulong)) + (_rowStart.LongLength * sizeof(int));

    /// <summary>
    /// A row as one number: where its entries start (high half) and how many there are (low half).
    /// Never 0 for a stored row, since every stored row has an entry, so 0 means "no such feature".
    /// </summary>
    private static ulong RowOf(int start, int count) => ((ulong)(uint)start << 32) | (uint)count;

    private static float Value(int entry) => BitConverter.Int32BitsToSingle(entry & ~ClassMask);

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
        for (var f = 0; f < rows.Length; f++)
        {
            AddRow(rows[f], scores.Slice(f / perItem * Classes, Classes));
        }
        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Looks up every feature's row (0 when the model has none; a 0 feature is no feature) for
    /// <see cref="AddRows"/>: the slots are all loaded first, then checked.
    /// </summary>
    public void Find(ReadOnlySpan<ulong> features, Span<ulong> rows)
    {
        var slots = _slots;
        var entries = _entries;
        for (var f = 0; f < features.Length; f++)
        {
            // No branch on what was loaded, so the loads overlap.
            rows[f] = slots[(int)features[f] & _mask].Key;
        }
        for (var f = 0; f < features.Length; f++)
        {
            var feature = features[f];
            ref readonly var home = ref slots[(int)feature & _mask];
            var row = feature == 0 ? 0 : rows[f] == feature ? home.Row : home.Key == 0 ? 0 : Probe(feature);
            if (row != 0)
            {
                // Touch the row's first entry now, so adding it finds it on its way.
                _ = Volatile.Read(ref entries[(int)(row >> 32)]);
            }
            rows[f] = row;
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

    private void AddRow(ulong row, Span<float> scores)
    {
        foreach (var entry in _entries.AsSpan((int)(row >> 32), (int)(uint)row))
        {
            scores[entry & ClassMask] += Value(entry);
        }
    }

    /// <summary>The row of a feature whose home slot holds another key, found by walking on; 0 when absent.</summary>
    private ulong Probe(ulong feature)
    {
        var index = (int)feature & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[index];
            if (slot.Key == feature)
            {
                return slot.Row;
            }
            if (slot.Key == 0)
            {
                return 0;
            }
            index = (index + 1) & _mask;
        }
    }

    /// <summary>Adds the row of one feature to <paramref name="scores"/>.</summary>
    public void AddScores(ulong feature, Span<float> scores) => AddRow(feature == 0 ? 0 : Probe(feature), scores);

    /// <summary>The weight of one class for one feature, or 0.</summary>
    public float Weight(ulong feature, int cls)
    {
        Span<float> scores = stackalloc float[Classes];
        AddScores(feature, scores);
        return scores[cls];
    }

    /// <summary>Every row in ascending key order, as dense class weights.</summary>
    public IEnumerable<(ulong Key, float[] Row)> Rows()
    {
        for (var row = 0; row < _keys.Length; row++)
        {
            var dense = new float[Classes];
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
            {
                dense[_entries[e] & ClassMask] = Value(_entries[e]);
            }
            yield return (_keys[row], dense);
        }
    }

    /// <summary>A copy without the weights smaller than <paramref name="prune"/> in size.</summary>
    public LinearModel Pruned(float prune)
    {
        var builder = new Builder(Classes, prune);
        foreach (var (key, row) in Rows())
        {
            builder.Add(key, row);
        }
        return builder.Build();
    }

    /// <summary>Writes keys in ascending order (delta-encoded), then each row's classes and half-float weights.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(FeatureCount);
        var previous = 0UL;
        foreach (var key in _keys)
        {
            WriteVarint(writer, key - previous);
            previous = key;
        }
        for (var row = 0; row < _keys.Length; row++)
        {
            WriteVarint(writer, (ulong)(_rowStart[row + 1] - _rowStart[row]));
        }
        foreach (var entry in _entries)
        {
            writer.Write((byte)(entry & ClassMask));
        }
        foreach (var entry in _entries)
        {
            writer.Write((Half)Value(entry));
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
