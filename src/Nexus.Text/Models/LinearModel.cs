using System.Numerics;

namespace Nexus.Text.Models;

/// <summary>
/// Frozen weights of a multi-class linear model over hashed features: one row of per-class weights
/// for each feature key, found by open addressing. Read-only after construction, so one instance
/// serves any number of threads.
/// </summary>
internal sealed class LinearModel
{
    private readonly ulong[] _slots;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly int _mask;

    private LinearModel(int classes, ulong[] keys, float[] weights)
    {
        Classes = classes;
        FeatureCount = keys.Length;
        _weights = weights;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _slots = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)keys[row] & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = keys[row];
            _rows[slot] = row;
        }
    }

    public int Classes { get; }

    public int FeatureCount { get; }

    /// <summary>Bytes held in memory by the weights and the lookup table.</summary>
    public long MemoryBytes => (_slots.LongLength * sizeof(ulong)) + (_rows.LongLength * sizeof(int)) + (_weights.LongLength * sizeof(float));

    /// <summary>Builds a model from keys and their rows (row-major, <see cref="Classes"/> weights per key).</summary>
    public static LinearModel Create(int classes, ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * classes)
        {
            throw new ArgumentException("Weights must hold one row per key.", nameof(weights));
        }
        return new LinearModel(classes, keys, weights);
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
            var key = _slots[slot];
            if (key == feature)
            {
                var row = _weights.AsSpan(_rows[slot] * Classes, Classes);
                for (var c = 0; c < row.Length; c++)
                {
                    scores[c] += row[c];
                }
                return;
            }
            if (key == 0)
            {
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Writes keys in ascending order, delta-encoded, and weights as half floats.</summary>
    public void Write(BinaryWriter writer)
    {
        var keyOfRow = new ulong[FeatureCount];
        for (var slot = 0; slot < _slots.Length; slot++)
        {
            if (_slots[slot] != 0)
            {
                keyOfRow[_rows[slot]] = _slots[slot];
            }
        }
        var order = keyOfRow.Select((key, row) => (Key: key, Row: row)).OrderBy(p => p.Key).ToArray();
        writer.Write(Classes);
        writer.Write(FeatureCount);
        var previous = 0UL;
        foreach (var (key, _) in order)
        {
            WriteVarint(writer, key - previous);
            previous = key;
        }
        foreach (var (_, row) in order)
        {
            foreach (var weight in _weights.AsSpan(row * Classes, Classes))
            {
                writer.Write((Half)weight);
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
        var weights = new float[count * classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }
        return new LinearModel(classes, keys, weights);
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
