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
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }
        stream.Position = 0;
        using var reader = new BinaryReader(stream);

        var read = LinearModel.Read(reader);
        var scores = new float[3];
        read.AddScores([5UL, 9UL, 12UL, 77UL], scores);

        Assert.Equal(2, read.FeatureCount);
        Assert.Equal([1.5f, -0.25f, 2f], scores);
    }
}
