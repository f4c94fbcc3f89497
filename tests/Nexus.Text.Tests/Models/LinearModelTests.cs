using Nexus.Text.Models;

namespace Nexus.Text.Tests.Models;

public sealed class LinearModelTests
{
    [Fact]
    public void ScoresSurviveAWriteAndReadAndSmallWeightsArePruned()
    {
        var builder = new LinearModel.Builder(3, 0.01f);
        builder.Add(5, [1.5f, -0.25f, 0.001f]);
        builder.Add(9, [0f, 0.004f, 0f]);
        builder.Add(12, [0f, 0f, 2f]);
        var model = builder.Build();

        var read = RoundTrip(model);
        var scores = new float[3];
        read.AddScores([5UL, 9UL, 12UL, 77UL], scores);

        Assert.Equal(2, read.FeatureCount);
        Assert.Equal([1.5f, -0.25f, 2f], scores);
    }

    [Fact]
    public void BatchedScoresEqualOneLookupAfterAnotherBitForBit()
    {
        const int classes = 20;
        var random = new Random(7);
        var rows = new SortedDictionary<ulong, float[]>();
        while (rows.Count < 5000)
        {
            var row = new float[classes];
            // Rows of one to seven entries: short ones live in the slot, longer ones apart.
            for (var e = random.Next(1, 8); e > 0; e--)
            {
                row[random.Next(classes)] = (float)((random.NextDouble() - 0.5) * 40);
            }
            rows[(ulong)random.NextInt64(1, long.MaxValue)] = row;
        }
        var builder = new LinearModel.Builder(classes, 0);
        foreach (var (key, row) in rows)
        {
            builder.Add(key, row);
        }
        var model = builder.Build();
        var keys = rows.Keys.ToArray();
        // Three items of 40 features: present keys, absent keys and "no feature" (0) mixed.
        var features = Enumerable.Range(0, 120)
            .Select(i => i % 5 == 4 ? (ulong)random.NextInt64(1, long.MaxValue) : i % 7 == 6 ? 0UL : keys[random.Next(keys.Length)])
            .ToArray();

        var batched = new float[3 * classes];
        model.AddScores(features, 40, batched);
        var expected = new float[3 * classes];
        for (var f = 0; f < features.Length; f++)
        {
            model.AddScores(features[f], expected.AsSpan(f / 40 * classes, classes));
        }
        var dense = new float[3 * classes];
        for (var f = 0; f < features.Length; f++)
        {
            if (rows.TryGetValue(features[f], out var row))
            {
                for (var c = 0; c < classes; c++)
                {
                    dense[(f / 40 * classes) + c] += row[c] == 0 ? 0 : (float)(Half)row[c];
                }
            }
        }

        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), batched.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(dense.Select(BitConverter.SingleToInt32Bits), batched.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(Bytes(model), Bytes(RoundTrip(model)));
    }

    [Fact]
    public void AFourClassModelKeepsWholeRowsAndScoresAsRowsAddedOneByOne()
    {
        const int classes = 4;
        var random = new Random(11);
        var rows = new SortedDictionary<ulong, float[]>();
        while (rows.Count < 3000)
        {
            var row = new float[classes];
            for (var e = random.Next(1, 5); e > 0; e--)
            {
                row[random.Next(classes)] = (float)((random.NextDouble() - 0.5) * 40);
            }
            rows[(ulong)random.NextInt64(1, long.MaxValue)] = row;
        }
        var builder = new LinearModel.Builder(classes, 0.01f);
        foreach (var (key, row) in rows)
        {
            builder.Add(key, row);
        }
        var model = builder.Build();
        var keys = rows.Keys.ToArray();
        var features = Enumerable.Range(0, 90)
            .Select(i => i % 5 == 4 ? (ulong)random.NextInt64(1, long.MaxValue) : i % 7 == 6 ? 0UL : keys[random.Next(keys.Length)])
            .ToArray();

        var batched = new float[3 * classes];
        model.AddScores(features, 30, batched);
        var whole = new float[classes];
        model.AddScores(features.AsSpan(0, 30), whole);
        var expected = new float[3 * classes];
        for (var f = 0; f < features.Length; f++)
        {
            if (rows.TryGetValue(features[f], out var row))
            {
                for (var c = 0; c < classes; c++)
                {
                    expected[(f / 30 * classes) + c] += Math.Abs(row[c]) >= 0.01f ? (float)(Half)row[c] : 0;
                }
            }
        }

        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), batched.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(batched.Take(classes), whole);
        Assert.Equal(Bytes(model), Bytes(RoundTrip(model)));
        Assert.Equal(Bytes(model), Bytes(model.Pruned(0)));
        Assert.Equal(model.Weight(keys[0], 2), Math.Abs(rows[keys[0]][2]) >= 0.01f ? (float)(Half)rows[keys[0]][2] : 0);
    }

    private static LinearModel RoundTrip(LinearModel model)
    {
        using var stream = new MemoryStream(Bytes(model));
        using var reader = new BinaryReader(stream);
        return LinearModel.Read(reader);
    }

    private static byte[] Bytes(LinearModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            model.Write(writer);
        }
        return stream.ToArray();
    }
}
