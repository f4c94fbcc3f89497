using System.Numerics;

namespace Nexus.Text.Models;

/// <summary>
/// Frozen weights of a multi-class linear model over hashed features. Each feature key owns a
/// sparse row (only the classes whose weight survived pruning). Lookups are memory-bound, so a
/// slot holds the key and where its row starts side by side, and a row's entries hold class and
/// weight side by side: one probe costs about two cache misses. Read-only after construction, so
/// one instance serves any number of threads.
/// </summary>
internal sealed class LinearModel
{
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    private LinearModel(int classes, ulong[] keys, int[] rowStart, byte[] classOf, float[] values)
    {
        Classes = classes;
        FeatureCount = keys.Length;
        _entries = new Entry[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _entries[i] = new Entry(classOf[i], values[i]);
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
            _slots[slot] = new Slot(keys[row], rowStart[row], rowStart[row + 1] - rowStart[row]);
        }
    }

    private readonly record struct Slot(ulong Key, int Start, int Count);

    private readonly record struct Entry(int Class, float Value);

    public int Classes { get; }

    public int FeatureCount { get; }

    /// <summary>Weights kept after pruning.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>Bytes held in memory by the weights and the lookup table.</summary>
    public long MemoryBytes => (_slots.LongLength * 16) + (_entries.LongLength * 8);

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
            classes > 256
                ? throw new InvalidOperationException("A linear model has at most 256 classes.")
                : new LinearModel(classes, [.. _keys], [.. _rowStart], [.. _classOf], [.. _values]);
    }

    /// <summary>Adds the rows of the given features to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            AddScores(feature, scores);
        }
    }

    public void AddScores(ulong feature, Span<float> scores)
    {
        var slot = (int)feature & _mask;
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (s.Key == feature)
            {
                foreach (var entry in _entries.AsSpan(s.Start, s.Count))
                {
                    scores[entry.Class] += entry.Value;
                }
                return;
            }
            if (s.Key == 0)
            {
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>A copy without the weights smaller than <paramref name="prune"/> in size.</summary>
    public LinearModel Pruned(float prune)
    {
        var builder = new Builder(Classes, prune);
        var row = new float[Classes];
        foreach (var slot in _slots.Where(s => s.Key != 0).OrderBy(s => s.Key))
        {
            Array.Clear(row);
            foreach (var entry in _entries.AsSpan(slot.Start, slot.Count))
            {
                row[entry.Class] = entry.Value;
            }
            builder.Add(slot.Key, row);
        }
        return builder.Build();
    }

    /// <summary>The weight of one class for one feature, or 0.</summary>
    public float Weight(ulong feature, int cls)
    {
        Span<float> scores = stackalloc float[Classes];
        AddScores(feature, scores);
        return scores[cls];
    }

    /// <summary>Writes keys in ascending order (delta-encoded), then each row's classes and half-float weights.</summary>
    public void Write(BinaryWriter writer)
    {
        // Rows were laid out in ascending key order, so sorting slots by row start restores it.
        var rows = _slots.Where(s => s.Key != 0).OrderBy(s => s.Start).ToArray();
        writer.Write(Classes);
        writer.Write(FeatureCount);
        var previous = 0UL;
        foreach (var row in rows)
        {
            WriteVarint(writer, row.Key - previous);
            previous = row.Key;
        }
        foreach (var row in rows)
        {
            WriteVarint(writer, (ulong)row.Count);
        }
        foreach (var entry in _entries)
        {
            writer.Write((byte)entry.Class);
        }
        foreach (var entry in _entries)
        {
            writer.Write((Half)entry.Value);
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
